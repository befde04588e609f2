package org.nixj.store.hash;

/**
 * Nix's base-32 encoding of hashes, used in store paths and {@code nix32} hashes. Its alphabet omits
 * {@code e o u t} (so that encoded hashes spell no words) and it is not RFC 4648: the text is the number the
 * bytes form read least-significant byte first, written most-significant digit first. The last character of
 * the text therefore holds the low five bits of the first byte.
 */
public final class NixBase32 {
    /** The 32 digits, in value order. */
    public static final String ALPHABET = "0123456789abcdfghijklmnpqrsvwxyz";

    private static final byte[] VALUES = new byte[128];

    static {
        java.util.Arrays.fill(VALUES, (byte) -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUES[ALPHABET.charAt(i)] = (byte) i;
        }
    }

    private NixBase32() {}

    /** The length of the encoding of {@code size} bytes (0 for none). */
    public static int encodedLength(int size) {
        return size == 0 ? 0 : (size * 8 - 1) / 5 + 1;
    }

    /** Encodes {@code bytes}. */
    public static String encode(byte[] bytes) {
        int length = encodedLength(bytes.length);
        StringBuilder out = new StringBuilder(length);
        for (int n = length - 1; n >= 0; n--) {
            int bit = n * 5;
            int i = bit / 8;
            int j = bit % 8;
            int low = (bytes[i] & 0xff) >>> j;
            int high = i + 1 < bytes.length ? (bytes[i + 1] & 0xff) << (8 - j) : 0;
            out.append(ALPHABET.charAt((low | high) & 0x1f));
        }
        return out.toString();
    }

    /**
     * Decodes {@code text} into {@code size} bytes.
     *
     * @throws IllegalArgumentException if a character is not a digit, or the digits do not fit in
     *     {@code size} bytes
     */
    public static byte[] decode(String text, int size) {
        byte[] bytes = new byte[size];
        int length = text.length();
        for (int n = 0; n < length; n++) {
            char c = text.charAt(length - n - 1);
            int digit = c < 128 ? VALUES[c] : -1;
            if (digit < 0) {
                throw new IllegalArgumentException("invalid base-32 digit '" + c + "'");
            }
            int bit = n * 5;
            int i = bit / 8;
            int j = bit % 8;
            if (i >= size) {
                throw new IllegalArgumentException("base-32 text too long for " + size + " bytes");
            }
            bytes[i] |= (byte) (digit << j);
            int carry = digit >>> (8 - j);
            if (i + 1 < size) {
                bytes[i + 1] |= (byte) carry;
            } else if (carry != 0) {
                throw new IllegalArgumentException("base-32 text overflows " + size + " bytes");
            }
        }
        return bytes;
    }
}
