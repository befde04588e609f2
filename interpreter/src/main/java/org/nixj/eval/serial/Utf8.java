package org.nixj.eval.serial;

/**
 * Checks byte strings for well-formed UTF-8 (Unicode table 3-7: no overlong forms, no surrogates, nothing
 * past U+10FFFF), reporting the first fault in nlohmann::json's words, as its serializer does.
 */
final class Utf8 {
    private Utf8() {}

    /** {@code null} if {@code bytes} is well-formed UTF-8, else nlohmann's type_error.316 message. */
    static String check(String bytes) {
        int i = 0;
        int n = bytes.length();
        while (i < n) {
            int b = bytes.charAt(i);
            if (b < 0x80) {
                i++;
                continue;
            }
            int need;
            int low = 0x80;
            int high = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                if (b == 0xE0) {
                    low = 0xA0;
                } else if (b == 0xED) {
                    high = 0x9F;
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                if (b == 0xF0) {
                    low = 0x90;
                } else if (b == 0xF4) {
                    high = 0x8F;
                }
            } else {
                return invalid(i, b);
            }
            i++;
            for (int k = 0; k < need; k++, i++) {
                if (i >= n) {
                    return "[json.exception.type_error.316] incomplete UTF-8 string; last byte: 0x" + hex(bytes.charAt(n - 1));
                }
                int c = bytes.charAt(i);
                if (c < low || c > high) {
                    return invalid(i, c);
                }
                low = 0x80;
                high = 0xBF;
            }
        }
        return null;
    }

    private static String invalid(int index, int b) {
        return "[json.exception.type_error.316] invalid UTF-8 byte at index " + index + ": 0x" + hex(b);
    }

    private static String hex(int b) {
        String h = Integer.toHexString(b).toUpperCase(java.util.Locale.ROOT);
        return h.length() == 1 ? "0" + h : h;
    }
}
