package org.nixj.eval.serial;

/**
 * JSON string literals as nlohmann::json dumps them without {@code ensure_ascii}: {@code "} and {@code \}
 * escaped, {@code \b \t \n \f \r} by name, other control characters below U+0020 as six-character escapes (backslash, u, 00xx)
 * (lower-case hex); every other byte, U+007F and all non-ASCII included, as it is.
 */
public final class JsonStrings {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonStrings() {}

    public static void appendQuoted(StringBuilder out, String bytes) {
        out.append('"');
        for (int i = 0; i < bytes.length(); i++) {
            char c = bytes.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
