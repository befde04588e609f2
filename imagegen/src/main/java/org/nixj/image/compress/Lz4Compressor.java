package org.nixj.image.compress;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import org.nixj.image.io.Bytes;

/**
 * LZ4 through liblz4 (lz4-java's JNI binding; the library is bundled per platform, as zstd-jni bundles libzstd):
 * the same bytes wherever it loads, and about three times as fast as lz4-java's pure-Java port, whose bytes
 * differ for about half the blocks. Blocks are raw LZ4 blocks, what squashfs's "lz4" means (the kernel calls
 * {@code LZ4_decompress_safe} on each); streams use the legacy frame format ({@code lz4 -l}), the one the
 * kernel accepts for initrds.
 *
 * @param highCompression use LZ4 HC (mksquashfs's {@code -Xhc}): slower to write, a little smaller, as fast
 *     to read
 */
public record Lz4Compressor(boolean highCompression) implements Compressor {
    /** The legacy frame's magic number and its fixed uncompressed chunk size (8 MiB). */
    private static final long LEGACY_MAGIC = 0x184C2102L;
    private static final int LEGACY_CHUNK = 8 << 20;

    /** liblz4, loaded on first use; null where lz4-java has no native library for the platform. */
    private static final class Liblz4 {
        static final LZ4Factory FACTORY = load();

        private static LZ4Factory load() {
            try {
                return LZ4Factory.nativeInstance();
            } catch (UnsatisfiedLinkError e) {
                return null;
            }
        }
    }

    /** Compressing refuses where liblz4 does not load, rather than giving other bytes than elsewhere. */
    private static LZ4Factory liblz4() {
        if (Liblz4.FACTORY == null) {
            throw new UnsupportedOperationException("lz4 compression needs liblz4, which lz4-java does not bundle for "
                    + System.getProperty("os.name") + " on " + System.getProperty("os.arch"));
        }
        return Liblz4.FACTORY;
    }

    @Override
    public String name() {
        return "lz4";
    }

    @Override
    public byte[] compressBlock(byte[] data, int len) {
        var c = highCompression ? liblz4().highCompressor() : liblz4().fastCompressor();
        byte[] out = new byte[c.maxCompressedLength(len)];
        int n = c.compress(data, 0, len, out, 0, out.length);
        return Arrays.copyOf(out, n);
    }

    @Override
    public byte[] decompressBlock(byte[] data, int maxSize) throws IOException {
        try {
            byte[] out = new byte[maxSize];
            int n = LZ4Factory.safeInstance().safeDecompressor().decompress(data, 0, data.length, out, 0, maxSize);
            return Arrays.copyOf(out, n);
        } catch (LZ4Exception e) {
            throw new IOException("bad lz4 block: " + e.getMessage(), e);
        }
    }

    @Override
    public OutputStream compressStream(OutputStream out) throws IOException {
        byte[] magic = new byte[4];
        Bytes.putLE32(magic, 0, LEGACY_MAGIC);
        out.write(magic);
        return new OutputStream() {
            private final byte[] chunk = new byte[LEGACY_CHUNK];
            private int used;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                while (len > 0) {
                    int n = Math.min(len, chunk.length - used);
                    System.arraycopy(b, off, chunk, used, n);
                    used += n;
                    off += n;
                    len -= n;
                    if (used == chunk.length) {
                        emit();
                    }
                }
            }

            private void emit() throws IOException {
                if (used == 0) {
                    return;
                }
                byte[] packed = compressBlock(chunk, used);
                byte[] size = new byte[4];
                Bytes.putLE32(size, 0, packed.length);
                out.write(size);
                out.write(packed);
                used = 0;
            }

            @Override
            public void close() throws IOException {
                emit();
                out.flush();
            }
        };
    }
}
