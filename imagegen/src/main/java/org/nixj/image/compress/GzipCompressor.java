package org.nixj.image.compress;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Deflate at a fixed level. Blocks are zlib streams (what squashfs calls "gzip"); streams are gzip members
 * with mtime 0 and no file name, so they depend only on the data.
 */
public record GzipCompressor(int level) implements Compressor {
    public GzipCompressor {
        if (level < 1 || level > 9) {
            throw new IllegalArgumentException("gzip level must be 1-9, not " + level);
        }
    }

    /** Level 9, mksquashfs's default. */
    public static GzipCompressor standard() {
        return new GzipCompressor(9);
    }

    @Override
    public String name() {
        return "gzip";
    }

    /**
     * One deflater per thread and level, reset between blocks: a new zlib state per block costs more than
     * compressing a small one. Pool threads end with the image, and their deflaters with them.
     */
    private static final ThreadLocal<Deflater[]> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater[10]);

    /** Per-thread output space, grown as needed; results are copied out at their exact size. */
    private static final ThreadLocal<byte[][]> SCRATCH = ThreadLocal.withInitial(() -> new byte[1][]);

    @Override
    public byte[] compressBlock(byte[] data, int len) {
        Deflater[] mine = DEFLATERS.get();
        Deflater d = mine[level];
        if (d == null) {
            d = mine[level] = new Deflater(level);
        }
        d.reset();
        d.setInput(data, 0, len);
        d.finish();
        byte[][] scratch = SCRATCH.get();
        byte[] out = scratch[0];
        if (out == null || out.length < len + len / 1000 + 64) {
            out = scratch[0] = new byte[len + len / 1000 + 64];
        }
        int n = 0;
        while (!d.finished()) {
            if (n == out.length) {
                out = scratch[0] = java.util.Arrays.copyOf(out, out.length * 2);
            }
            n += d.deflate(out, n, out.length - n);
        }
        return java.util.Arrays.copyOf(out, n);
    }

    @Override
    public byte[] decompressBlock(byte[] data, int maxSize) throws IOException {
        java.util.zip.Inflater inf = new java.util.zip.Inflater();
        try {
            inf.setInput(data);
            byte[] out = new byte[maxSize];
            int n = 0;
            while (!inf.finished() && n < maxSize) {
                int r = inf.inflate(out, n, maxSize - n);
                if (r == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    throw new IOException("truncated zlib stream");
                }
                n += r;
            }
            return java.util.Arrays.copyOf(out, n);
        } catch (java.util.zip.DataFormatException e) {
            throw new IOException("bad zlib stream: " + e.getMessage(), e);
        } finally {
            inf.end();
        }
    }

    @Override
    public OutputStream compressStream(OutputStream out) throws IOException {
        // RFC 1952 header: magic, CM=8, no flags, MTIME=0, XFL, OS=3 (Unix).
        out.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) (level == 9 ? 2 : 0), 3});
        Deflater deflater = new Deflater(level, true);
        CRC32 crc = new CRC32();
        OutputStream raw = new FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
                flush(); // the underlying stream stays open
            }
        };
        DeflaterOutputStream def = new DeflaterOutputStream(raw, deflater, 1 << 16);
        return new OutputStream() {
            long size;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                crc.update(b, off, len);
                size += len;
                def.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                def.finish();
                deflater.end();
                byte[] trailer = new byte[8];
                org.nixj.image.io.Bytes.putLE32(trailer, 0, crc.getValue());
                org.nixj.image.io.Bytes.putLE32(trailer, 4, size);
                out.write(trailer);
                out.flush();
            }
        };
    }
}
