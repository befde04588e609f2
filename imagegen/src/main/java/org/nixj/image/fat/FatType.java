package org.nixj.image.fat;

/**
 * FAT12, FAT16 or FAT32, decided by the cluster count alone (Microsoft's FAT specification, section 3.5).
 */
public enum FatType {
    FAT12(0xFFF), FAT16(0xFFFF), FAT32(0x0FFFFFFF);

    /** The fewest clusters FAT32 may have; below it a volume is FAT16 whatever its boot sector says. */
    public static final long MIN_FAT32_CLUSTERS = 65525;

    /** The end-of-chain marker. */
    public final int endOfChain;

    FatType(int endOfChain) {
        this.endOfChain = endOfChain;
    }

    /** The type a volume with {@code clusters} data clusters has; beyond FAT32's 28-bit cluster numbers is an error. */
    public static FatType forClusterCount(long clusters) {
        if (clusters < 4085) {
            return FAT12;
        }
        if (clusters < MIN_FAT32_CLUSTERS) {
            return FAT16;
        }
        if (clusters < 0x0FFFFFF5L) {
            return FAT32;
        }
        throw new IllegalArgumentException(clusters + " clusters is beyond FAT32");
    }

    /** Bytes of FAT needed for {@code clusters} data clusters plus the two reserved entries. */
    public long fatBytes(long clusters) {
        long entries = clusters + 2;
        return switch (this) {
            case FAT12 -> (entries * 3 + 1) / 2;
            case FAT16 -> entries * 2;
            case FAT32 -> entries * 4;
        };
    }

    /** The smallest value that ends a chain when read back (reserved and end-of-chain values). */
    public int firstEndValue() {
        return endOfChain - 7;
    }
}
