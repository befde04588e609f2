package org.nixj.image.fat;

import java.nio.charset.StandardCharsets;
import org.nixj.image.io.Bytes;

/**
 * A 32-byte short (8.3) directory entry. {@code shortName} is the 11-byte on-disk form (name padded to 8,
 * extension padded to 3, no dot). Creation, access and write dates are all {@code date}/{@code time}.
 */
public record DirEntry(byte[] shortName, int attributes, int date, int time, int firstCluster, long size) {
    public static final int SIZE = 32;
    public static final int ATTR_READ_ONLY = 0x01;
    public static final int ATTR_VOLUME_ID = 0x08;
    public static final int ATTR_DIRECTORY = 0x10;
    public static final int ATTR_ARCHIVE = 0x20;

    public DirEntry {
        if (shortName.length != 11) {
            throw new IllegalArgumentException("short names have 11 bytes");
        }
    }

    /** The 32 bytes of the entry. */
    public byte[] encode() {
        byte[] b = new byte[SIZE];
        System.arraycopy(shortName, 0, b, 0, 11);
        b[11] = (byte) attributes;
        Bytes.putLE16(b, 14, time);
        Bytes.putLE16(b, 16, date);
        Bytes.putLE16(b, 18, date);
        Bytes.putLE16(b, 20, firstCluster >>> 16); // FAT32's high half; 0 on FAT12/16
        Bytes.putLE16(b, 22, time);
        Bytes.putLE16(b, 24, date);
        Bytes.putLE16(b, 26, firstCluster);
        Bytes.putLE32(b, 28, size);
        return b;
    }

    public static DirEntry decode(byte[] b, int off) {
        byte[] name = java.util.Arrays.copyOfRange(b, off, off + 11);
        return new DirEntry(name, b[off + 11] & 0xff, Bytes.getLE16(b, off + 24), Bytes.getLE16(b, off + 22),
                Bytes.getLE16(b, off + 20) << 16 | Bytes.getLE16(b, off + 26), Bytes.getLE32(b, off + 28));
    }

    /** The 8.3 name with a dot, for messages and tests ({@code BOOTX64.EFI}). */
    public String displayName() {
        String base = new String(shortName, 0, 8, StandardCharsets.US_ASCII).stripTrailing();
        String ext = new String(shortName, 8, 3, StandardCharsets.US_ASCII).stripTrailing();
        return ext.isEmpty() ? base : base + "." + ext;
    }

    /** The checksum of an 11-byte short name that its long-name entries carry. */
    public static int checksum(byte[] shortName) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum = (((sum & 1) << 7) + (sum >>> 1) + (shortName[i] & 0xff)) & 0xff;
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DirEntry d && java.util.Arrays.equals(shortName, d.shortName) && attributes == d.attributes
                && date == d.date && time == d.time && firstCluster == d.firstCluster && size == d.size;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(shortName) * 31 + firstCluster;
    }
}
