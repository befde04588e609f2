package org.nixj.image.squashfs;

import java.io.ByteArrayOutputStream;
import org.nixj.image.compress.Compressor;
import org.nixj.image.io.Bytes;

/**
 * Builds one metadata table (inodes, directories, fragment or id entries) in memory: a sequence of
 * chunks of up to 8 KiB, each compressed on its own and stored behind a 16-bit header (length, bit 15 set
 * when stored uncompressed). A reference to a position is {@code chunkStart << 16 | offsetInChunk}, where
 * {@code chunkStart} counts the bytes of encoded chunks before it in this table.
 */
public final class MetadataWriter {
    public static final int CHUNK = 8192;
    public static final int UNCOMPRESSED = 0x8000;

    private final Compressor compressor;
    private final ByteArrayOutputStream encoded = new ByteArrayOutputStream();
    private final byte[] chunk = new byte[CHUNK];
    private int used;

    /** A table compressed with {@code compressor}, or stored uncompressed when it is null. */
    public MetadataWriter(Compressor compressor) {
        this.compressor = compressor;
    }

    /** The reference of the next byte to be written. */
    public long reference() {
        return (long) encoded.size() << 16 | used;
    }

    /** Appends bytes, which may span chunks; returns the reference of the first. */
    public long write(byte[] b) {
        long ref = reference();
        int off = 0;
        while (off < b.length) {
            int n = Math.min(b.length - off, CHUNK - used);
            System.arraycopy(b, off, chunk, used, n);
            used += n;
            off += n;
            if (used == CHUNK) {
                flushChunk();
            }
        }
        return ref;
    }

    /** Ends the last chunk and returns the encoded table. */
    public byte[] finish() {
        if (used > 0) {
            flushChunk();
        }
        return encoded.toByteArray();
    }

    /** Offsets (within the encoded table) at which each chunk starts; valid after {@link #finish()}. */
    public static java.util.List<Integer> chunkStarts(byte[] table) {
        java.util.List<Integer> starts = new java.util.ArrayList<>();
        int off = 0;
        while (off < table.length) {
            starts.add(off);
            off += 2 + (Bytes.getLE16(table, off) & 0x7fff);
        }
        return starts;
    }

    private void flushChunk() {
        byte[] packed = compressor == null ? null : compressor.compressBlock(chunk, used);
        byte[] header = new byte[2];
        if (packed != null && packed.length < used) {
            Bytes.putLE16(header, 0, packed.length);
            encoded.writeBytes(header);
            encoded.writeBytes(packed);
        } else {
            Bytes.putLE16(header, 0, used | UNCOMPRESSED);
            encoded.writeBytes(header);
            encoded.write(chunk, 0, used);
        }
        used = 0;
    }
}
