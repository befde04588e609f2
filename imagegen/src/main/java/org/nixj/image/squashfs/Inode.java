package org.nixj.image.squashfs;

import org.nixj.image.io.Bytes;
import org.nixj.os.OsText;

/**
 * The inode records of the inode table. Each starts with the common header (type, permission bits,
 * uid and gid indexes into the id table, mtime, inode number); the basic or extended form of each type
 * is chosen by {@link #type()} from what the fields need.
 */
public sealed interface Inode {
    int BASIC_DIR = 1;
    int BASIC_FILE = 2;
    int BASIC_SYMLINK = 3;
    int BASIC_BLOCK = 4;
    int BASIC_CHAR = 5;
    int BASIC_FIFO = 6;
    int BASIC_SOCKET = 7;
    int EXT_DIR = 8;
    int EXT_FILE = 9;
    long NO_FRAGMENT = 0xffffffffL;
    long NO_XATTR = 0xffffffffL;

    /** The common header's fields. */
    record Header(int permissions, int uidIndex, int gidIndex, long mtime, long number) {}

    Header header();

    /** The on-disk type number (basic or extended). */
    int type();

    /** The basic type, as directory entries record it. */
    default int basicType() {
        int t = type();
        return t > 7 ? t - 7 : t;
    }

    /** The record's bytes. */
    byte[] encode();

    private static byte[] start(Inode i, int size) {
        byte[] b = new byte[size];
        Header h = i.header();
        Bytes.putLE16(b, 0, i.type());
        Bytes.putLE16(b, 2, h.permissions());
        Bytes.putLE16(b, 4, h.uidIndex());
        Bytes.putLE16(b, 6, h.gidIndex());
        Bytes.putLE32(b, 8, h.mtime());
        Bytes.putLE32(b, 12, h.number());
        return b;
    }

    /**
     * A directory: its listing is {@code listingSize} bytes at ({@code block}, {@code offset}) in the
     * directory table. Extended when the listing size does not fit 16 bits.
     */
    record Dir(Header header, long block, int offset, long listingSize, long linkCount, long parent) implements Inode {
        @Override
        public int type() {
            return listingSize + 3 > 0xffff ? EXT_DIR : BASIC_DIR;
        }

        @Override
        public byte[] encode() {
            if (type() == BASIC_DIR) {
                byte[] b = start(this, 32);
                Bytes.putLE32(b, 16, block);
                Bytes.putLE32(b, 20, linkCount);
                Bytes.putLE16(b, 24, (int) listingSize + 3);
                Bytes.putLE16(b, 26, offset);
                Bytes.putLE32(b, 28, parent);
                return b;
            }
            byte[] b = start(this, 40);
            Bytes.putLE32(b, 16, linkCount);
            Bytes.putLE32(b, 20, listingSize + 3);
            Bytes.putLE32(b, 24, block);
            Bytes.putLE32(b, 28, parent);
            Bytes.putLE16(b, 32, 0); // no directory index: lookups scan, which is correct, just slower
            Bytes.putLE16(b, 34, offset);
            Bytes.putLE32(b, 36, NO_XATTR);
            return b;
        }
    }

    /**
     * A regular file: {@code blockSizes} data blocks from {@code blocksStart}, then optionally a tail in
     * fragment {@code fragment} at {@code fragmentOffset}. Extended for sizes or positions beyond 32 bits.
     */
    record File(Header header, long blocksStart, long size, int[] blockSizes, long fragment, int fragmentOffset) implements Inode {
        @Override
        public int type() {
            return size > 0xffffffffL || blocksStart > 0xffffffffL ? EXT_FILE : BASIC_FILE;
        }

        @Override
        public byte[] encode() {
            int n = blockSizes.length * 4;
            byte[] b;
            int off;
            if (type() == BASIC_FILE) {
                b = start(this, 32 + n);
                Bytes.putLE32(b, 16, blocksStart);
                Bytes.putLE32(b, 20, fragment);
                Bytes.putLE32(b, 24, fragmentOffset);
                Bytes.putLE32(b, 28, size);
                off = 32;
            } else {
                b = start(this, 56 + n);
                Bytes.putLE64(b, 16, blocksStart);
                Bytes.putLE64(b, 24, size);
                Bytes.putLE64(b, 32, 0); // sparse bytes
                Bytes.putLE32(b, 40, 1);
                Bytes.putLE32(b, 44, fragment);
                Bytes.putLE32(b, 48, fragmentOffset);
                Bytes.putLE32(b, 52, NO_XATTR);
                off = 56;
            }
            for (int s : blockSizes) {
                Bytes.putLE32(b, off, s & 0xffffffffL);
                off += 4;
            }
            return b;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof File f && header.equals(f.header) && blocksStart == f.blocksStart && size == f.size
                    && java.util.Arrays.equals(blockSizes, f.blockSizes) && fragment == f.fragment && fragmentOffset == f.fragmentOffset;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(blocksStart) * 31 + Long.hashCode(size);
        }
    }

    /** A symbolic link. */
    record Symlink(Header header, String target) implements Inode {
        @Override
        public int type() {
            return BASIC_SYMLINK;
        }

        @Override
        public byte[] encode() {
            byte[] t = OsText.encode(target);
            byte[] b = start(this, 24 + t.length);
            Bytes.putLE32(b, 16, 1);
            Bytes.putLE32(b, 20, t.length);
            System.arraycopy(t, 0, b, 24, t.length);
            return b;
        }
    }

    /** A device (BASIC_BLOCK or BASIC_CHAR) or IPC node (BASIC_FIFO, BASIC_SOCKET; device 0). */
    record Special(Header header, int type, int major, int minor) implements Inode {
        @Override
        public byte[] encode() {
            if (type == BASIC_FIFO || type == BASIC_SOCKET) {
                byte[] b = start(this, 20);
                Bytes.putLE32(b, 16, 1);
                return b;
            }
            byte[] b = start(this, 24);
            Bytes.putLE32(b, 16, 1);
            // The kernel's new_encode_dev: minor's low byte, 12 bits of major, then minor's high bits.
            Bytes.putLE32(b, 20, (minor & 0xffL) | ((long) major & 0xfff) << 8 | ((long) minor & ~0xffL) << 12);
            return b;
        }
    }

    /** Decodes the inode at {@code off} of a plain inode table. */
    static Inode decode(byte[] b, int off, int blockSize) {
        int type = Bytes.getLE16(b, off);
        Header h = new Header(Bytes.getLE16(b, off + 2), Bytes.getLE16(b, off + 4), Bytes.getLE16(b, off + 6),
                Bytes.getLE32(b, off + 8), Bytes.getLE32(b, off + 12));
        return switch (type) {
            case BASIC_DIR -> new Dir(h, Bytes.getLE32(b, off + 16), Bytes.getLE16(b, off + 26), Bytes.getLE16(b, off + 24) - 3,
                    Bytes.getLE32(b, off + 20), Bytes.getLE32(b, off + 28));
            case EXT_DIR -> new Dir(h, Bytes.getLE32(b, off + 24), Bytes.getLE16(b, off + 34), Bytes.getLE32(b, off + 20) - 3,
                    Bytes.getLE32(b, off + 16), Bytes.getLE32(b, off + 28));
            case BASIC_FILE -> {
                long size = Bytes.getLE32(b, off + 28);
                long frag = Bytes.getLE32(b, off + 20);
                yield new File(h, Bytes.getLE32(b, off + 16), size, blockList(b, off + 32, size, frag, blockSize), frag, (int) Bytes.getLE32(b, off + 24));
            }
            case EXT_FILE -> {
                long size = Bytes.getLE64(b, off + 24);
                long frag = Bytes.getLE32(b, off + 44);
                yield new File(h, Bytes.getLE64(b, off + 16), size, blockList(b, off + 56, size, frag, blockSize), frag, (int) Bytes.getLE32(b, off + 48));
            }
            case BASIC_SYMLINK -> new Symlink(h, OsText.decode(java.util.Arrays.copyOfRange(b, off + 24, off + 24 + (int) Bytes.getLE32(b, off + 20))));
            case BASIC_BLOCK, BASIC_CHAR -> {
                long dev = Bytes.getLE32(b, off + 20);
                yield new Special(h, type, (int) ((dev & 0xfff00) >> 8), (int) ((dev & 0xff) | ((dev >> 12) & 0xfff00)));
            }
            case BASIC_FIFO, BASIC_SOCKET -> new Special(h, type, 0, 0);
            default -> throw new IllegalArgumentException("unknown inode type " + type);
        };
    }

    private static int[] blockList(byte[] b, int off, long size, long frag, int blockSize) {
        long n = frag == NO_FRAGMENT ? (size + blockSize - 1) / blockSize : size / blockSize;
        int[] out = new int[(int) n];
        for (int i = 0; i < n; i++) {
            out[i] = (int) Bytes.getLE32(b, off + 4 * i);
        }
        return out;
    }
}
