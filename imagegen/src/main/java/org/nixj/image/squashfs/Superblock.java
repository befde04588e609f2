package org.nixj.image.squashfs;

import org.nixj.image.io.Bytes;

/** The 96-byte superblock at offset 0 (all fields little-endian). Absent tables are {@link #ABSENT}. */
public record Superblock(long inodeCount, long modificationTime, int blockSize, long fragmentCount, int compressor,
        int flags, int idCount, long rootInode, long bytesUsed, long idTableStart, long xattrTableStart,
        long inodeTableStart, long directoryTableStart, long fragmentTableStart, long exportTableStart) {
    public static final int SIZE = 96;
    public static final long MAGIC = 0x73717368L;
    public static final long ABSENT = -1L;

    public static final int GZIP = 1;
    public static final int XZ = 4;
    public static final int LZ4 = 5;
    public static final int ZSTD = 6;

    public static final int FLAG_NO_FRAGMENTS = 0x0010;
    public static final int FLAG_DUPLICATES = 0x0040;
    public static final int FLAG_NO_XATTRS = 0x0200;
    public static final int FLAG_COMPRESSOR_OPTIONS = 0x0400;

    public byte[] encode() {
        byte[] b = new byte[SIZE];
        Bytes.putLE32(b, 0, MAGIC);
        Bytes.putLE32(b, 4, inodeCount);
        Bytes.putLE32(b, 8, modificationTime);
        Bytes.putLE32(b, 12, blockSize);
        Bytes.putLE32(b, 16, fragmentCount);
        Bytes.putLE16(b, 20, compressor);
        Bytes.putLE16(b, 22, Integer.numberOfTrailingZeros(blockSize));
        Bytes.putLE16(b, 24, flags);
        Bytes.putLE16(b, 26, idCount);
        Bytes.putLE16(b, 28, 4);
        Bytes.putLE16(b, 30, 0);
        Bytes.putLE64(b, 32, rootInode);
        Bytes.putLE64(b, 40, bytesUsed);
        Bytes.putLE64(b, 48, idTableStart);
        Bytes.putLE64(b, 56, xattrTableStart);
        Bytes.putLE64(b, 64, inodeTableStart);
        Bytes.putLE64(b, 72, directoryTableStart);
        Bytes.putLE64(b, 80, fragmentTableStart);
        Bytes.putLE64(b, 88, exportTableStart);
        return b;
    }

    public static Superblock decode(byte[] b) {
        if (Bytes.getLE32(b, 0) != MAGIC) {
            throw new IllegalArgumentException("not a squashfs superblock");
        }
        if (Bytes.getLE16(b, 28) != 4 || Bytes.getLE16(b, 30) != 0) {
            throw new IllegalArgumentException("not squashfs 4.0");
        }
        int blockSize = (int) Bytes.getLE32(b, 12);
        if (1 << Bytes.getLE16(b, 22) != blockSize) {
            throw new IllegalArgumentException("block_log does not match block_size");
        }
        return new Superblock(Bytes.getLE32(b, 4), Bytes.getLE32(b, 8), blockSize, Bytes.getLE32(b, 16),
                Bytes.getLE16(b, 20), Bytes.getLE16(b, 24), Bytes.getLE16(b, 26), Bytes.getLE64(b, 32),
                Bytes.getLE64(b, 40), Bytes.getLE64(b, 48), Bytes.getLE64(b, 56), Bytes.getLE64(b, 64),
                Bytes.getLE64(b, 72), Bytes.getLE64(b, 80), Bytes.getLE64(b, 88));
    }
}
