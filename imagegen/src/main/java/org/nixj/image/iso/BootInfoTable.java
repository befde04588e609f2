package org.nixj.image.iso;

import org.nixj.image.io.Bytes;

/**
 * The boot-info-table that {@code mkisofs -boot-info-table} writes into the image's copy of the boot file
 * at bytes 8-63: the primary volume descriptor's LBA, the file's LBA and length, and the 32-bit sum of
 * its little-endian words from byte 64 to the end (isolinux checks its own integrity with it).
 */
public final class BootInfoTable {
    private BootInfoTable() {}

    /** Patches {@code image} (the whole boot file) in place. */
    public static void patch(byte[] image, long pvdLba, long fileLba) {
        if (image.length < 64) {
            throw new IllegalArgumentException("a boot file with a boot-info-table must have at least 64 bytes");
        }
        java.util.Arrays.fill(image, 8, 64, (byte) 0);
        Bytes.putLE32(image, 8, pvdLba);
        Bytes.putLE32(image, 12, fileLba);
        Bytes.putLE32(image, 16, image.length);
        Bytes.putLE32(image, 20, checksum(image));
    }

    /** The sum of the little-endian 32-bit words from offset 64 (a short last word padded with zeros). */
    public static long checksum(byte[] image) {
        long sum = 0;
        for (int i = 64; i < image.length; i += 4) {
            long w = 0;
            for (int k = 0; k < 4 && i + k < image.length; k++) {
                w |= (long) (image[i + k] & 0xff) << (8 * k);
            }
            sum += w;
        }
        return sum & 0xffffffffL;
    }
}
