package org.nixj.image.squashfs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.nixj.image.compress.Compressor;
import org.nixj.image.io.Bytes;

/**
 * Reads a metadata table back (for verification and tests): decodes every chunk and resolves references
 * made by {@link MetadataWriter} to offsets in the concatenated plain bytes.
 */
public final class MetadataReader {
    private final byte[] plain;
    private final java.util.Map<Long, Integer> chunkToPlain = new java.util.HashMap<>();

    public MetadataReader(byte[] table, Compressor compressor) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int off = 0;
        while (off < table.length) {
            int header = Bytes.getLE16(table, off);
            int len = header & 0x7fff;
            chunkToPlain.put((long) off, out.size());
            byte[] body = java.util.Arrays.copyOfRange(table, off + 2, off + 2 + len);
            out.writeBytes((header & MetadataWriter.UNCOMPRESSED) != 0 ? body : compressor.decompressBlock(body, MetadataWriter.CHUNK));
            off += 2 + len;
        }
        plain = out.toByteArray();
    }

    /** The concatenated plain bytes of all chunks. */
    public byte[] plain() {
        return plain;
    }

    /** The offset in {@link #plain()} that {@code reference} points to. */
    public int resolve(long reference) {
        Integer base = chunkToPlain.get(reference >>> 16);
        if (base == null) {
            throw new IllegalArgumentException("reference " + Long.toHexString(reference) + " does not start a chunk");
        }
        return base + (int) (reference & 0xffff);
    }
}
