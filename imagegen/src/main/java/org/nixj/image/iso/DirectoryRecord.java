package org.nixj.image.iso;

import java.util.Arrays;
import org.nixj.image.io.Bytes;

/**
 * A directory record (ECMA-119 9.1): length, extent and data length (both-endian), recording date, flags,
 * volume sequence number 1, the file identifier (padded to even length) and the system use area. At most
 * 255 bytes; records never cross a sector (the directory writer starts a new sector instead).
 */
public record DirectoryRecord(long extent, long dataLength, byte[] date7, int flags, byte[] identifier, byte[] systemUse) {
    public static final int FLAG_DIRECTORY = 0x02;
    public static final int FLAG_MULTI_EXTENT = 0x80;
    /** Identifier of a directory's own record ("."). */
    public static final byte[] SELF = {0};
    /** Identifier of the parent record (".."). */
    public static final byte[] PARENT = {1};

    /** The encoded length of a record with these identifier and system-use sizes. */
    public static int length(int identifierLength, int systemUseLength) {
        return 33 + identifierLength + ((identifierLength & 1) == 0 ? 1 : 0) + systemUseLength;
    }

    public int length() {
        return length(identifier.length, systemUse.length);
    }

    public byte[] encode() {
        int len = length();
        if (len > 255) {
            throw new IllegalArgumentException("directory record of " + len + " bytes (at most 255)");
        }
        byte[] b = new byte[len];
        b[0] = (byte) len;
        Bytes.putBoth32(b, 2, extent);
        Bytes.putBoth32(b, 10, dataLength);
        System.arraycopy(date7, 0, b, 18, 7);
        b[25] = (byte) flags;
        Bytes.putBoth16(b, 28, 1);
        b[32] = (byte) identifier.length;
        System.arraycopy(identifier, 0, b, 33, identifier.length);
        System.arraycopy(systemUse, 0, b, len - systemUse.length, systemUse.length);
        return b;
    }

    public static DirectoryRecord decode(byte[] b, int off) {
        int len = b[off] & 0xff;
        int idLen = b[off + 32] & 0xff;
        int suStart = 33 + idLen + ((idLen & 1) == 0 ? 1 : 0);
        return new DirectoryRecord(Bytes.getBoth32(b, off + 2), Bytes.getBoth32(b, off + 10),
                Arrays.copyOfRange(b, off + 18, off + 25), b[off + 25] & 0xff,
                Arrays.copyOfRange(b, off + 33, off + 33 + idLen), Arrays.copyOfRange(b, off + suStart, off + len));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DirectoryRecord r && extent == r.extent && dataLength == r.dataLength && flags == r.flags
                && Arrays.equals(date7, r.date7) && Arrays.equals(identifier, r.identifier) && Arrays.equals(systemUse, r.systemUse);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(identifier) * 31 + Long.hashCode(extent);
    }
}
