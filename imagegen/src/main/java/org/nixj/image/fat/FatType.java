package org.nixj.image.fat;

/** FAT12 or FAT16, decided by the cluster count alone (Microsoft's FAT specification, section 3.5). */
public enum FatType {
    FAT12(0xFFF), FAT16(0xFFFF);

    /** The end-of-chain marker. */
    public final int endOfChain;

    FatType(int endOfChain) {
        this.endOfChain = endOfChain;
    }

    /** The type a volume with {@code clusters} data clusters has; beyond FAT16 is an error. */
    public static FatType forClusterCount(long clusters) {
        if (clusters < 4085) {
            return FAT12;
        }
        if (clusters < 65525) {
            return FAT16;
        }
        throw new IllegalArgumentException(clusters + " clusters is beyond FAT16");
    }

    /** Bytes of FAT needed for {@code clusters} data clusters plus the two reserved entries. */
    public long fatBytes(long clusters) {
        long entries = clusters + 2;
        return this == FAT12 ? (entries * 3 + 1) / 2 : entries * 2;
    }
}
