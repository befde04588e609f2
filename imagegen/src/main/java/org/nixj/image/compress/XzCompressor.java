package org.nixj.image.compress;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.tukaani.xz.ArrayCache;
import org.tukaani.xz.BasicArrayCache;
import org.tukaani.xz.FilterOptions;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.UnsupportedOptionsException;
import org.tukaani.xz.X86Options;
import org.tukaani.xz.XZ;
import org.tukaani.xz.XZOutputStream;

/**
 * xz with a CRC32 check (the kernel rejects CRC64), an LZMA2 preset and dictionary size, and optionally
 * the x86 BCJ filter. With BCJ, {@link #compressBlock} tries the block with and without the filter and
 * keeps the smaller, as mksquashfs does, so non-code data does not get worse.
 *
 * @param preset LZMA2 preset 0-9 (6 is xz's default)
 * @param dictionarySize dictionary size in bytes, 2^n or 3·2^n (squashfs requires that form)
 * @param x86 whether to try the x86 BCJ filter
 */
public record XzCompressor(int preset, int dictionarySize, boolean x86) implements Compressor {
    private static final ArrayCache CACHE = BasicArrayCache.getInstance();

    public XzCompressor {
        if (preset < 0 || preset > 9) {
            throw new IllegalArgumentException("xz preset must be 0-9, not " + preset);
        }
        if (!validDictionary(dictionarySize)) {
            throw new IllegalArgumentException("xz dictionary size must be 2^n or 3*2^n bytes, at least 8 KiB, not " + dictionarySize);
        }
    }

    /** Whether {@code size} has the form 2^n or 3·2^n and is at least 8 KiB (squashfs's rule). */
    public static boolean validDictionary(int size) {
        if (size < 8192) {
            return false;
        }
        int n = Integer.numberOfTrailingZeros(size);
        int rest = size >>> n;
        return rest == 1 || rest == 3;
    }

    @Override
    public String name() {
        return "xz";
    }

    @Override
    public byte[] compressBlock(byte[] data, int len) {
        byte[] plain = compress(data, len, false);
        if (!x86) {
            return plain;
        }
        byte[] bcj = compress(data, len, true);
        return bcj.length < plain.length ? bcj : plain;
    }

    /** Per-thread output space reused across blocks (reset, not reallocated and regrown). */
    private static final ThreadLocal<ByteArrayOutputStream> SCRATCH = ThreadLocal.withInitial(() -> new ByteArrayOutputStream(1 << 20));

    private byte[] compress(byte[] data, int len, boolean withBcj) {
        ByteArrayOutputStream bos = SCRATCH.get();
        bos.reset();
        try (XZOutputStream xz = new XZOutputStream(bos, filters(withBcj), XZ.CHECK_CRC32, CACHE)) {
            xz.write(data, 0, len);
        } catch (IOException e) {
            throw new IllegalStateException("xz compression of a memory buffer failed", e);
        }
        return bos.toByteArray();
    }

    @Override
    public byte[] decompressBlock(byte[] data, int maxSize) throws IOException {
        try (var in = new org.tukaani.xz.XZInputStream(new java.io.ByteArrayInputStream(data))) {
            byte[] out = in.readNBytes(maxSize);
            if (in.read() >= 0) {
                throw new IOException("xz block decompresses to more than " + maxSize + " bytes");
            }
            return out;
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
        return new FailureOnceStream(new XZOutputStream(keepOpen, filters(x86), XZ.CHECK_CRC32));
    }

    private FilterOptions[] filters(boolean withBcj) {
        LZMA2Options lzma;
        try {
            lzma = new LZMA2Options(preset);
            lzma.setDictSize(dictionarySize);
        } catch (UnsupportedOptionsException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return withBcj ? new FilterOptions[] {new X86Options(), lzma} : new FilterOptions[] {lzma};
    }
}
