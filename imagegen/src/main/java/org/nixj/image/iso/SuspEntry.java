package org.nixj.image.iso;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.nixj.image.io.Bytes;
import org.nixj.os.OsText;

/**
 * System Use Sharing Protocol entries and the Rock Ridge entries carried in them. Every entry is a
 * two-letter signature, its length (at most 255), version 1 and data. Factories return encoded entries;
 * long names and link targets come back split over several entries with the CONTINUE flag.
 */
public final class SuspEntry {
    public static final int CE_LENGTH = 28;
    public static final String RRIP_ID = "RRIP_1991A";
    static final String RRIP_DESCRIPTOR = "THE ROCK RIDGE INTERCHANGE PROTOCOL PROVIDES SUPPORT FOR POSIX FILE SYSTEM SEMANTICS";
    static final String RRIP_SOURCE = "PLEASE CONTACT DISC PUBLISHER FOR SPECIFICATION SOURCE.  SEE PUBLISHER IDENTIFIER IN PRIMARY VOLUME DESCRIPTOR FOR CONTACT INFORMATION.";

    private SuspEntry() {}

    static byte[] entry(String sig, int dataLength) {
        int len = 4 + dataLength;
        if (len > 255) {
            throw new IllegalArgumentException(sig + " entry of " + len + " bytes");
        }
        byte[] b = new byte[len];
        b[0] = (byte) sig.charAt(0);
        b[1] = (byte) sig.charAt(1);
        b[2] = (byte) len;
        b[3] = 1;
        return b;
    }

    /** SP: SUSP is in use, no bytes skipped (root "." record only, first entry). */
    public static byte[] sp() {
        byte[] b = entry("SP", 3);
        b[4] = (byte) 0xBE;
        b[5] = (byte) 0xEF;
        return b;
    }

    /** CE: the rest of the system use area is {@code length} bytes at ({@code lba}, {@code offset}). */
    public static byte[] ce(long lba, long offset, long length) {
        byte[] b = entry("CE", 24);
        Bytes.putBoth32(b, 4, lba);
        Bytes.putBoth32(b, 12, offset);
        Bytes.putBoth32(b, 20, length);
        return b;
    }

    /** ER: the extension in use is Rock Ridge. */
    public static byte[] er() {
        byte[] id = RRIP_ID.getBytes(StandardCharsets.US_ASCII);
        byte[] des = RRIP_DESCRIPTOR.getBytes(StandardCharsets.US_ASCII);
        byte[] src = RRIP_SOURCE.getBytes(StandardCharsets.US_ASCII);
        byte[] b = entry("ER", 4 + id.length + des.length + src.length);
        b[4] = (byte) id.length;
        b[5] = (byte) des.length;
        b[6] = (byte) src.length;
        b[7] = 1;
        System.arraycopy(id, 0, b, 8, id.length);
        System.arraycopy(des, 0, b, 8 + id.length, des.length);
        System.arraycopy(src, 0, b, 8 + id.length + des.length, src.length);
        return b;
    }

    /** PX: mode, links, uid, gid and a file serial number (RRIP 1.12's 44-byte form). */
    public static byte[] px(int mode, long nlink, long uid, long gid, long serial) {
        byte[] b = entry("PX", 40);
        Bytes.putBoth32(b, 4, mode & 0xffffffffL);
        Bytes.putBoth32(b, 12, nlink);
        Bytes.putBoth32(b, 20, uid);
        Bytes.putBoth32(b, 28, gid);
        Bytes.putBoth32(b, 36, serial);
        return b;
    }

    /** TF: modification, access and attribute-change times, all {@code epoch}. */
    public static byte[] tf(long epoch) {
        byte[] b = entry("TF", 1 + 3 * 7);
        b[4] = 0x0E;
        byte[] d = IsoDate.short7(epoch);
        for (int i = 0; i < 3; i++) {
            System.arraycopy(d, 0, b, 5 + 7 * i, 7);
        }
        return b;
    }

    /** PN: the device number, high and low 32 bits. */
    public static byte[] pn(long high, long low) {
        byte[] b = entry("PN", 16);
        Bytes.putBoth32(b, 4, high);
        Bytes.putBoth32(b, 12, low);
        return b;
    }

    /** NM entries holding {@code name}, split into pieces of at most 250 bytes. */
    public static List<byte[]> nm(String name) {
        byte[] n = OsText.encode(name);
        List<byte[]> out = new ArrayList<>();
        int off = 0;
        do {
            int len = Math.min(250, n.length - off);
            byte[] b = entry("NM", 1 + len);
            b[4] = (byte) (off + len < n.length ? 0x01 : 0);
            System.arraycopy(n, off, b, 5, len);
            out.add(b);
            off += len;
        } while (off < n.length);
        return out;
    }

    /**
     * SL entries for a symlink target: components ({@code /} → ROOT, {@code .} → CURRENT, {@code ..} →
     * PARENT, other names as text, split with the component CONTINUE flag past 246 bytes), packed into
     * entries of at most 255 bytes, each but the last flagged CONTINUE.
     */
    public static List<byte[]> sl(String target) {
        List<byte[]> components = new ArrayList<>();
        if (target.startsWith("/")) {
            components.add(new byte[] {0x08, 0});
        }
        for (String part : target.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.equals(".")) {
                components.add(new byte[] {0x02, 0});
            } else if (part.equals("..")) {
                components.add(new byte[] {0x04, 0});
            } else {
                byte[] p = OsText.encode(part);
                for (int off = 0; off < p.length; off += 246) {
                    int len = Math.min(246, p.length - off);
                    byte[] c = new byte[2 + len];
                    c[0] = (byte) (off + len < p.length ? 0x01 : 0);
                    c[1] = (byte) len;
                    System.arraycopy(p, off, c, 2, len);
                    components.add(c);
                }
            }
        }
        // Entries are cut at component boundaries, and every entry but the last ends with an empty component
        // flagged CONTINUE: the kernel, libarchive and libisofs then all join the next entry's first component
        // with exactly one '/', although they read the entry-level CONTINUE flag differently.
        byte[] glue = {0x01, 0};
        List<byte[]> out = new ArrayList<>();
        List<byte[]> current = new ArrayList<>();
        int used = 0;
        for (byte[] c : components) {
            if (used > 0 && used + c.length > 250 - glue.length) {
                current.add(glue);
                out.add(slEntry(current, true));
                current.clear();
                used = 0;
            }
            current.add(c);
            used += c.length;
        }
        out.add(slEntry(current, false));
        return out;
    }

    private static byte[] slEntry(List<byte[]> components, boolean continues) {
        int len = 0;
        for (byte[] c : components) {
            len += c.length;
        }
        byte[] b = entry("SL", 1 + len);
        b[4] = (byte) (continues ? 1 : 0);
        int off = 5;
        for (byte[] c : components) {
            System.arraycopy(c, 0, b, off, c.length);
            off += c.length;
        }
        return b;
    }

    /** Parses a sequence of entries (for tests): signature and bytes of each. */
    public static List<byte[]> split(byte[] area) {
        List<byte[]> out = new ArrayList<>();
        int off = 0;
        while (off + 4 <= area.length && area[off] != 0) {
            int len = area[off + 2] & 0xff;
            out.add(java.util.Arrays.copyOfRange(area, off, off + len));
            off += len;
        }
        return out;
    }

    /** Rebuilds a symlink target from SL entries (for tests and verification), joining bytes before decoding. */
    public static String readSl(List<byte[]> entries) {
        java.io.ByteArrayOutputStream sb = new java.io.ByteArrayOutputStream();
        boolean continuing = false;
        boolean first = true;
        for (byte[] e : entries) {
            int off = 5;
            while (off < e.length) {
                int flags = e[off] & 0xff;
                int len = e[off + 1] & 0xff;
                if (!continuing && !first) {
                    sb.write('/');
                }
                if ((flags & 0x08) != 0) {
                    // the root: the next component follows without another separator
                    first = true;
                    sb.write('/');
                    off += 2 + len;
                    continue;
                }
                if ((flags & 0x02) != 0) {
                    sb.write('.');
                } else if ((flags & 0x04) != 0) {
                    sb.writeBytes("..".getBytes(StandardCharsets.US_ASCII));
                } else {
                    sb.write(e, off + 2, len);
                }
                first = false;
                continuing = (flags & 0x01) != 0;
                off += 2 + len;
            }
        }
        return OsText.decode(sb.toByteArray());
    }
}
