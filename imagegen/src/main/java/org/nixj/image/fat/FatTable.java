package org.nixj.image.fat;

import org.nixj.image.io.Bytes;

/**
 * The file allocation table: entry 0 holds the media byte, entry 1 the end-of-chain value (clean, no
 * errors), and each file or directory a chain of cluster numbers ending in end-of-chain. Entries are 12,
 * 16 or 32 bits wide (FAT32 uses the low 28).
 */
public final class FatTable {
    private final FatType type;
    private final int[] entries;

    public FatTable(FatType type, int clusterCount) {
        this.type = type;
        this.entries = new int[clusterCount + 2];
        entries[0] = (type.endOfChain & ~0xff) | BootSector.MEDIA;
        entries[1] = type.endOfChain;
    }

    /** Links the contiguous run {@code first .. first+count-1} into one chain. */
    public void chain(int first, int count) {
        for (int i = 0; i < count; i++) {
            entries[first + i] = i == count - 1 ? type.endOfChain : first + i + 1;
        }
    }

    public int get(int cluster) {
        return entries[cluster];
    }

    /** The clusters of the chain starting at {@code first}, following links until end-of-chain. */
    public java.util.List<Integer> chainFrom(int first) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        int c = first;
        while (c >= 2 && c < type.firstEndValue()) {
            if (out.size() > entries.length) {
                throw new IllegalStateException("loop in FAT chain from " + first);
            }
            out.add(c);
            c = entries[c];
        }
        return out;
    }

    /** The table as {@code sectors} sectors. */
    public byte[] encode(int sectors) {
        byte[] b = new byte[sectors * BootSector.SECTOR];
        if (type == FatType.FAT32) {
            for (int i = 0; i < entries.length; i++) {
                Bytes.putLE32(b, 4 * i, entries[i]);
            }
        } else if (type == FatType.FAT16) {
            for (int i = 0; i < entries.length; i++) {
                Bytes.putLE16(b, 2 * i, entries[i]);
            }
        } else {
            for (int i = 0; i < entries.length; i++) {
                int off = i * 3 / 2;
                int v = entries[i] & 0xFFF;
                if ((i & 1) == 0) {
                    b[off] = (byte) v;
                    b[off + 1] = (byte) ((b[off + 1] & 0xF0) | (v >>> 8));
                } else {
                    b[off] = (byte) ((b[off] & 0x0F) | ((v & 0x0F) << 4));
                    b[off + 1] = (byte) (v >>> 4);
                }
            }
        }
        return b;
    }

    /** Reads a table of {@code clusterCount} data clusters. */
    public static FatTable decode(byte[] b, FatType type, int clusterCount) {
        FatTable t = new FatTable(type, clusterCount);
        for (int i = 0; i < clusterCount + 2; i++) {
            if (type == FatType.FAT32) {
                t.entries[i] = (int) Bytes.getLE32(b, 4 * i) & 0x0FFFFFFF;
            } else if (type == FatType.FAT16) {
                t.entries[i] = Bytes.getLE16(b, 2 * i);
            } else {
                int off = i * 3 / 2;
                int pair = Bytes.getLE16(b, off);
                t.entries[i] = (i & 1) == 0 ? pair & 0xFFF : pair >>> 4;
            }
        }
        return t;
    }
}
