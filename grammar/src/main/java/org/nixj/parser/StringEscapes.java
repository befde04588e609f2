package org.nixj.parser;

/** Nix's string escapes: {@code \n}, {@code \r}, {@code \t}, and {@code \x} for any other x. */
final class StringEscapes {
    private StringEscapes() {}

    /**
     * The text of a string token with its escapes resolved. As in Nix, an unescaped CR or CR LF becomes a
     * single newline.
     */
    static String unescape(String raw) {
        if (raw.indexOf('\\') < 0 && raw.indexOf('\r') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0, n = raw.length(); i < n; i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char escaped = raw.charAt(++i);
                out.append(switch (escaped) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> escaped;
                });
            } else if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && raw.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
