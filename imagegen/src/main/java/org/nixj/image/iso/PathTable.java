package org.nixj.image.iso;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.nixj.image.io.Bytes;

/**
 * A path table (ECMA-119 9.4): one record per directory, in the order level by level, then by parent
 * number, then by identifier; the root is number 1 with identifier {@code 00} and parent 1. The L table
 * stores numbers little-endian, the M table big-endian.
 */
public final class PathTable {
    private PathTable() {}

    /** One directory: identifier bytes, extent LBA and the parent's number (1-based). */
    public record Entry(byte[] identifier, long extent, int parent) {}

    public static byte[] encode(List<Entry> entries, boolean bigEndian) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Entry e : entries) {
            int idLen = e.identifier().length;
            byte[] r = new byte[8 + idLen + (idLen & 1)];
            r[0] = (byte) idLen;
            if (bigEndian) {
                Bytes.putBE32(r, 2, e.extent());
                Bytes.putBE16(r, 6, e.parent());
            } else {
                Bytes.putLE32(r, 2, e.extent());
                Bytes.putLE16(r, 6, e.parent());
            }
            System.arraycopy(e.identifier(), 0, r, 8, idLen);
            out.writeBytes(r);
        }
        return out.toByteArray();
    }

    /** The encoded size of a table with these entries (the same for L and M). */
    public static long size(List<Entry> entries) {
        long n = 0;
        for (Entry e : entries) {
            n += 8 + e.identifier().length + (e.identifier().length & 1);
        }
        return n;
    }
}
