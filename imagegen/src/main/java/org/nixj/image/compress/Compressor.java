package org.nixj.image.compress;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A compression algorithm with fixed options. Implementations are immutable and thread-safe:
 * {@link #compressBlock} is called from many threads at once.
 */
public interface Compressor {

    /** A short name for messages and command lines ({@code gzip}, {@code xz}). */
    String name();

    /**
     * Compresses {@code data[0..len)} as one self-contained unit (a zlib stream for gzip, an xz stream
     * for xz) and returns the compressed bytes; the caller decides whether they are worth keeping.
     */
    byte[] compressBlock(byte[] data, int len);

    /**
     * Decompresses one unit made by {@link #compressBlock}; {@code maxSize} bounds the result. Used to read
     * images back (tests, verification), never on the write path.
     */
    byte[] decompressBlock(byte[] data, int maxSize) throws java.io.IOException;

    /** Wraps {@code out} in a compressing stream; closing it finishes the compressed stream but not {@code out}. */
    OutputStream compressStream(OutputStream out) throws IOException;
}
