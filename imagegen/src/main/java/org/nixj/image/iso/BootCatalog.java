package org.nixj.image.iso;

import org.nixj.image.io.Bytes;

/**
 * The El Torito boot catalog (one 2048-byte sector): a validation entry whose 16-bit words sum to zero,
 * the default entry (the BIOS image when there is one), and for a UEFI image next to a BIOS one a final
 * section header for platform 0xEF with one entry. All entries are "no emulation".
 */
public final class BootCatalog {
    public static final int PLATFORM_X86 = 0;
    public static final int PLATFORM_EFI = 0xEF;

    /** One bootable image: its LBA and its size in 512-byte virtual sectors as the entry records it. */
    public record Image(long lba, int sectorCount) {}

    private BootCatalog() {}

    /**
     * The catalog for an optional BIOS image (load size 4 sectors, as isolinux wants) and an optional
     * UEFI image (sector count = its size / 512, limited to 16 bits).
     */
    public static byte[] encode(Image bios, Image efi) {
        byte[] b = new byte[VolumeDescriptor.SECTOR];
        Image first = bios != null ? bios : efi;
        b[0] = 1;
        b[1] = (byte) (bios != null ? PLATFORM_X86 : PLATFORM_EFI);
        b[30] = 0x55;
        b[31] = (byte) 0xAA;
        Bytes.putLE16(b, 28, checksum(b));
        entry(b, 32, first);
        if (bios != null && efi != null) {
            b[64] = (byte) 0x91; // final section header
            b[65] = (byte) PLATFORM_EFI;
            Bytes.putLE16(b, 66, 1);
            entry(b, 96, efi);
        }
        return b;
    }

    private static void entry(byte[] b, int off, Image img) {
        b[off] = (byte) 0x88; // bootable
        b[off + 1] = 0; // no emulation
        Bytes.putLE16(b, off + 2, 0); // load segment: the default 0x7C0
        b[off + 4] = 0;
        Bytes.putLE16(b, off + 6, img.sectorCount());
        Bytes.putLE32(b, off + 8, img.lba());
    }

    /** The word that makes the validation entry's sixteen 16-bit words sum to zero. */
    static int checksum(byte[] validation) {
        int sum = 0;
        for (int i = 0; i < 32; i += 2) {
            if (i != 28) {
                sum += Bytes.getLE16(validation, i);
            }
        }
        return -sum & 0xffff;
    }

    /** The 16-bit sum of the validation entry's words, which must be 0. */
    public static int validationSum(byte[] catalog) {
        int sum = 0;
        for (int i = 0; i < 32; i += 2) {
            sum += Bytes.getLE16(catalog, i);
        }
        return sum & 0xffff;
    }

    /** The sector count an image of {@code bytes} gets: 512-byte units, at most 0xFFFF. */
    public static int sectorCount(long bytes) {
        return (int) Math.min(0xFFFF, (bytes + 511) / 512);
    }
}
