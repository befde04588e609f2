package org.nixj.image.fat;

import org.nixj.image.io.Bytes;

/**
 * A VFAT long-name entry: 13 UCS-2 characters of the name, its position (1-based, {@code 0x40} on the
 * last, which is stored first) and the checksum of the short name it belongs to.
 */
public record LfnEntry(int order, boolean last, char[] chars13, int checksum) {
    private static final int[] OFFSETS = {1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30};

    /** The entries for {@code name}, in on-disk order (last part first). */
    public static java.util.List<LfnEntry> forName(String name, int checksum) {
        int count = (name.length() + 12) / 13;
        java.util.List<LfnEntry> out = new java.util.ArrayList<>(count);
        for (int i = count; i >= 1; i--) {
            char[] part = new char[13];
            for (int j = 0; j < 13; j++) {
                int k = (i - 1) * 13 + j;
                // After the name: one NUL, then 0xFFFF fill (only when the name does not fill the entry).
                part[j] = k < name.length() ? name.charAt(k) : k == name.length() ? 0 : (char) 0xFFFF;
            }
            out.add(new LfnEntry(i, i == count, part, checksum));
        }
        return out;
    }

    public byte[] encode() {
        byte[] b = new byte[DirEntry.SIZE];
        b[0] = (byte) (order | (last ? 0x40 : 0));
        b[11] = 0x0F;
        b[13] = (byte) checksum;
        for (int j = 0; j < 13; j++) {
            Bytes.putLE16(b, OFFSETS[j], chars13[j]);
        }
        return b;
    }

    public static LfnEntry decode(byte[] b, int off) {
        char[] c = new char[13];
        for (int j = 0; j < 13; j++) {
            c[j] = (char) Bytes.getLE16(b, off + OFFSETS[j]);
        }
        return new LfnEntry(b[off] & 0x1f, (b[off] & 0x40) != 0, c, b[off + 13] & 0xff);
    }

    /** The characters of this part up to the NUL terminator. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (char ch : chars13) {
            if (ch == 0) {
                break;
            }
            sb.append(ch);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LfnEntry l && order == l.order && last == l.last && checksum == l.checksum
                && java.util.Arrays.equals(chars13, l.chars13);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(chars13) * 31 + order;
    }
}
