package org.nixj.image.fat;

import org.nixj.image.io.Bytes;

/**
 * FAT32's FSInfo sector: how many clusters are free and where the next free one is, hints that fsck checks
 * against the FAT.
 *
 * @param freeClusters the number of free data clusters
 * @param nextFree the first free cluster, or {@code 0xFFFFFFFF} when none is
 */
public record FsInfo(long freeClusters, long nextFree) {
    private static final long LEAD = 0x41615252L;
    private static final long STRUCT = 0x61417272L;
    private static final long TRAIL = 0xAA550000L;

    /** The 512 bytes of the sector. */
    public byte[] encode() {
        byte[] b = new byte[BootSector.SECTOR];
        Bytes.putLE32(b, 0, LEAD);
        Bytes.putLE32(b, 484, STRUCT);
        Bytes.putLE32(b, 488, freeClusters);
        Bytes.putLE32(b, 492, nextFree);
        Bytes.putLE32(b, 508, TRAIL);
        return b;
    }

    /** Parses an FSInfo sector, checking its three signatures. */
    public static FsInfo decode(byte[] b) {
        if (Bytes.getLE32(b, 0) != LEAD || Bytes.getLE32(b, 484) != STRUCT || Bytes.getLE32(b, 508) != TRAIL) {
            throw new IllegalArgumentException("not an FSInfo sector");
        }
        return new FsInfo(Bytes.getLE32(b, 488), Bytes.getLE32(b, 492));
    }
}
