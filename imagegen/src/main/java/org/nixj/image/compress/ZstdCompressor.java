package org.nixj.image.compress;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdException;
import com.github.luben.zstd.ZstdOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Zstandard at a fixed level (1-22), through zstd-jni (the reference libzstd, bundled per platform). Each
 * block is one zstd frame with its content size and no checksum, as mksquashfs writes them; the Linux
 * kernel reads such frames in squashfs and as initrds. Compression contexts are kept per thread, so the
 * many blocks of an image do not each allocate the encoder's tables again.
 *
 * @param level compression level 1-22; NixOS uses 19 ({@code zstd -Xcompression-level 19}), mksquashfs
 *     defaults to 15
 */
public record ZstdCompressor(int level) implements Compressor {
    /** mksquashfs's default level; the squashfs options block is written only for other levels. */
    public static final int SQUASHFS_DEFAULT_LEVEL = 15;

    /** Per-thread contexts; the level is set on every use since one thread may serve several levels. */
    private static final ThreadLocal<ZstdCompressCtx> CONTEXTS = ThreadLocal.withInitial(ZstdCompressCtx::new);

    public ZstdCompressor {
        if (level < 1 || level > Zstd.maxCompressionLevel()) {
            throw new IllegalArgumentException("zstd level must be 1-" + Zstd.maxCompressionLevel() + ", not " + level);
        }
    }

    @Override
    public String name() {
        return "zstd";
    }

    @Override
    public byte[] compressBlock(byte[] data, int len) {
        ZstdCompressCtx ctx = CONTEXTS.get();
        ctx.setLevel(level);
        byte[] out = new byte[(int) Zstd.compressBound(len)];
        int n = ctx.compressByteArray(out, 0, out.length, data, 0, len);
        return Arrays.copyOf(out, n);
    }

    @Override
    public byte[] decompressBlock(byte[] data, int maxSize) throws IOException {
        byte[] out = new byte[maxSize];
        try {
            int n = (int) Zstd.decompressByteArray(out, 0, maxSize, data, 0, data.length);
            return Arrays.copyOf(out, n);
        } catch (ZstdException e) {
            throw new IOException("bad zstd frame: " + e.getMessage(), e);
        }
    }

    @Override
    public OutputStream compressStream(OutputStream out) throws IOException {
        OutputStream keepOpen = new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        ZstdOutputStream z = new ZstdOutputStream(keepOpen, level);
        z.setChecksum(true);
        return z;
    }
}
