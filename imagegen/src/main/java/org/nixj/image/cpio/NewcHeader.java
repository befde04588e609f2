package org.nixj.image.cpio;

import java.nio.charset.StandardCharsets;
import org.nixj.os.OsText;

/**
 * One newc entry header: the magic and thirteen 8-digit hexadecimal fields, followed by the NUL-terminated
 * name; header and name together are padded to a multiple of 4, as is the data that follows.
 */
public record NewcHeader(long ino, int mode, long uid, long gid, long nlink, long mtime, long fileSize,
        long devMajor, long devMinor, long rdevMajor, long rdevMinor, String name) {
    public static final String MAGIC = "070701";
    public static final int FIXED_SIZE = 110;

    public NewcHeader {
        for (long v : new long[] {ino, mode & 0xffffffffL, uid, gid, nlink, mtime, fileSize, devMajor, devMinor, rdevMajor, rdevMinor}) {
            if (v < 0 || v > 0xffffffffL) {
                throw new IllegalArgumentException("cpio field out of range in '" + name + "': " + v);
            }
        }
    }

    /** The header, name and padding as bytes. */
    public byte[] encode() {
        byte[] nameBytes = OsText.encode(name);
        int nameSize = nameBytes.length + 1;
        int total = pad4(FIXED_SIZE + nameSize);
        byte[] b = new byte[total];
        StringBuilder sb = new StringBuilder(FIXED_SIZE).append(MAGIC);
        for (long v : new long[] {ino, mode & 0xffffffffL, uid, gid, nlink, mtime, fileSize, devMajor, devMinor, rdevMajor, rdevMinor, nameSize, 0}) {
            String hex = Long.toHexString(v).toUpperCase(java.util.Locale.ROOT);
            sb.append("0".repeat(8 - hex.length())).append(hex);
        }
        System.arraycopy(sb.toString().getBytes(StandardCharsets.US_ASCII), 0, b, 0, FIXED_SIZE);
        System.arraycopy(nameBytes, 0, b, FIXED_SIZE, nameBytes.length);
        return b;
    }

    /** Decodes a header at {@code off}; {@link #encodedSize()} tells where its data starts. */
    public static NewcHeader decode(byte[] b, int off) {
        String magic = new String(b, off, 6, StandardCharsets.US_ASCII);
        if (!magic.equals(MAGIC)) {
            throw new IllegalArgumentException("not a newc header at " + off + ": magic '" + magic + "'");
        }
        long[] f = new long[13];
        for (int i = 0; i < 13; i++) {
            f[i] = Long.parseLong(new String(b, off + 6 + 8 * i, 8, StandardCharsets.US_ASCII), 16);
        }
        String name = OsText.decode(java.util.Arrays.copyOfRange(b, off + FIXED_SIZE, off + FIXED_SIZE + (int) f[11] - 1));
        return new NewcHeader(f[0], (int) f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], name);
    }

    /** Bytes taken by the header, name and padding. */
    public int encodedSize() {
        return pad4(FIXED_SIZE + OsText.encode(name).length + 1);
    }

    static int pad4(long n) {
        return (int) ((n + 3) & ~3L);
    }
}
