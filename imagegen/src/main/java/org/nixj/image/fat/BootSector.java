package org.nixj.image.fat;

import org.nixj.image.io.Bytes;

/**
 * The boot sector with the BIOS parameter block and the extended boot record of FAT12/16 (offsets 0-61),
 * a boot stub that halts, and the 55 AA signature.
 */
public record BootSector(int sectorsPerCluster, int reservedSectors, int fatCount, int rootEntries, long totalSectors,
        int sectorsPerFat, long serial, String label, FatType type) {
    public static final int SECTOR = 512;
    public static final int MEDIA = 0xF8;

    /** The 512 bytes of the sector. */
    public byte[] encode() {
        byte[] b = new byte[SECTOR];
        b[0] = (byte) 0xEB;
        b[1] = 0x3C;
        b[2] = (byte) 0x90;
        Bytes.putPadded(b, 3, 8, "NIXJ", (byte) ' ');
        Bytes.putLE16(b, 11, SECTOR);
        b[13] = (byte) sectorsPerCluster;
        Bytes.putLE16(b, 14, reservedSectors);
        b[16] = (byte) fatCount;
        Bytes.putLE16(b, 17, rootEntries);
        Bytes.putLE16(b, 19, totalSectors < 65536 ? (int) totalSectors : 0);
        b[21] = (byte) MEDIA;
        Bytes.putLE16(b, 22, sectorsPerFat);
        Bytes.putLE16(b, 24, 32); // sectors per track and heads: a conventional fake geometry
        Bytes.putLE16(b, 26, 64);
        Bytes.putLE32(b, 28, 0); // hidden sectors: the image is not inside a partitioned disk
        Bytes.putLE32(b, 32, totalSectors < 65536 ? 0 : totalSectors);
        b[36] = (byte) 0x80;
        b[38] = 0x29; // the next three fields are present
        Bytes.putLE32(b, 39, serial);
        Bytes.putPadded(b, 43, 11, label, (byte) ' ');
        Bytes.putPadded(b, 54, 8, type == FatType.FAT12 ? "FAT12" : "FAT16", (byte) ' ');
        // Boot code: cli; hlt; jmp back to hlt. This image is booted by firmware that reads files, never run.
        b[62] = (byte) 0xFA;
        b[63] = (byte) 0xF4;
        b[64] = (byte) 0xEB;
        b[65] = (byte) 0xFD;
        b[510] = 0x55;
        b[511] = (byte) 0xAA;
        return b;
    }

    /** Parses a boot sector written by {@link #encode()} (or any FAT12/16 formatter). */
    public static BootSector decode(byte[] b) {
        if ((b[510] & 0xff) != 0x55 || (b[511] & 0xff) != 0xAA) {
            throw new IllegalArgumentException("no 55 AA boot signature");
        }
        long total = Bytes.getLE16(b, 19);
        if (total == 0) {
            total = Bytes.getLE32(b, 32);
        }
        String fsType = Bytes.getPadded(b, 54, 8);
        return new BootSector(b[13] & 0xff, Bytes.getLE16(b, 14), b[16] & 0xff, Bytes.getLE16(b, 17), total,
                Bytes.getLE16(b, 22), Bytes.getLE32(b, 39), Bytes.getPadded(b, 43, 11),
                fsType.equals("FAT12") ? FatType.FAT12 : FatType.FAT16);
    }

    /** Sectors taken by the fixed root directory. */
    public int rootDirSectors() {
        return (rootEntries * 32 + SECTOR - 1) / SECTOR;
    }

    /** The first sector of the data region (cluster 2). */
    public long firstDataSector() {
        return reservedSectors + (long) fatCount * sectorsPerFat + rootDirSectors();
    }

    /** The number of data clusters, which alone decides the FAT type. */
    public long clusterCount() {
        return (totalSectors - firstDataSector()) / sectorsPerCluster;
    }
}
