package org.nixj.image.squashfs;

import java.io.IOException;
import org.nixj.image.compress.Compressor;
import org.nixj.image.io.Bytes;
import org.nixj.image.io.ChannelOutput;

/**
 * The two-level tables for fragments, ids (and exports): the entries in metadata chunks, immediately
 * followed by an array of the chunks' absolute positions (u64 each). The superblock points at that array;
 * the kernel checks that the chunks sit right before it.
 */
final class LookupTable {
    private LookupTable() {}

    /** Writes the chunks and the index at the current position; returns the index's position. */
    static long write(ChannelOutput o, byte[] entries, Compressor compressor) throws IOException {
        MetadataWriter m = new MetadataWriter(compressor);
        m.write(entries);
        byte[] chunks = m.finish();
        long base = o.position();
        o.write(chunks);
        var starts = MetadataWriter.chunkStarts(chunks);
        byte[] index = new byte[starts.size() * 8];
        for (int i = 0; i < starts.size(); i++) {
            Bytes.putLE64(index, 8 * i, base + starts.get(i));
        }
        long indexStart = o.position();
        o.write(index);
        return indexStart;
    }
}
