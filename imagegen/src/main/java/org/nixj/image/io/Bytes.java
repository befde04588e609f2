package org.nixj.image.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Field encoders and decoders over byte arrays. On-disk structures are encoded into arrays first and
 * written in bulk, so these never do I/O.
 */
public final class Bytes {
    private Bytes() {}

    public static void putLE16(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
    }

    public static void putBE16(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 8);
        b[off + 1] = (byte) v;
    }

    public static void putLE32(byte[] b, int off, long v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
        b[off + 2] = (byte) (v >>> 16);
        b[off + 3] = (byte) (v >>> 24);
    }

    public static void putBE32(byte[] b, int off, long v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }

    public static void putLE64(byte[] b, int off, long v) {
        putLE32(b, off, v);
        putLE32(b, off + 4, v >>> 32);
    }

    /** ECMA-119 7.2.3: a 16-bit value little-endian then big-endian (4 bytes). */
    public static void putBoth16(byte[] b, int off, int v) {
        putLE16(b, off, v);
        putBE16(b, off + 2, v);
    }

    /** ECMA-119 7.3.3: a 32-bit value little-endian then big-endian (8 bytes). */
    public static void putBoth32(byte[] b, int off, long v) {
        putLE32(b, off, v);
        putBE32(b, off + 4, v);
    }

    public static int getLE16(byte[] b, int off) {
        return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8;
    }

    public static int getBE16(byte[] b, int off) {
        return (b[off] & 0xff) << 8 | (b[off + 1] & 0xff);
    }

    public static long getLE32(byte[] b, int off) {
        return (getLE16(b, off) | (long) getLE16(b, off + 2) << 16) & 0xffffffffL;
    }

    public static long getBE32(byte[] b, int off) {
        return ((long) getBE16(b, off) << 16 | getBE16(b, off + 2)) & 0xffffffffL;
    }

    public static long getLE64(byte[] b, int off) {
        return getLE32(b, off) | getLE32(b, off + 4) << 32;
    }

    /** Reads a both-endian 32-bit field, failing when the two halves disagree. */
    public static long getBoth32(byte[] b, int off) {
        long le = getLE32(b, off);
        long be = getBE32(b, off + 4);
        if (le != be) {
            throw new IllegalArgumentException("both-endian field at " + off + " disagrees: " + le + " vs " + be);
        }
        return le;
    }

    /** Reads a both-endian 16-bit field, failing when the two halves disagree. */
    public static int getBoth16(byte[] b, int off) {
        int le = getLE16(b, off);
        int be = getBE16(b, off + 2);
        if (le != be) {
            throw new IllegalArgumentException("both-endian field at " + off + " disagrees: " + le + " vs " + be);
        }
        return le;
    }

    /** Writes {@code s} as ASCII into {@code len} bytes, right-padded with {@code pad}. */
    public static void putPadded(byte[] b, int off, int len, String s, byte pad) {
        byte[] v = s.getBytes(StandardCharsets.US_ASCII);
        if (v.length > len) {
            throw new IllegalArgumentException("'" + s + "' is longer than " + len + " bytes");
        }
        System.arraycopy(v, 0, b, off, v.length);
        Arrays.fill(b, off + v.length, off + len, pad);
    }

    /** Reads an ASCII field and strips the right padding of spaces and NULs. */
    public static String getPadded(byte[] b, int off, int len) {
        int end = off + len;
        while (end > off && (b[end - 1] == ' ' || b[end - 1] == 0)) {
            end--;
        }
        return new String(b, off, end - off, StandardCharsets.US_ASCII);
    }

    /** Rounds {@code v} up to a multiple of the power of two {@code align}. */
    public static long alignUp(long v, long align) {
        return (v + align - 1) & -align;
    }

    /** The number of {@code unit}-sized units needed for {@code bytes}. */
    public static long units(long bytes, long unit) {
        return (bytes + unit - 1) / unit;
    }
}
