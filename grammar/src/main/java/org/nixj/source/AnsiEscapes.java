package org.nixj.source;

/**
 * Terminal escapes in messages, filtered as Nix filters everything it writes to standard error: Nix code can
 * put escapes in a {@code throw}, a {@code trace} or a warning (nixpkgs colours its warnings), and they are
 * meant for a terminal. Off a terminal every escape sequence goes; on one, colour and style sequences
 * ({@code ESC [ ... m}) stay and all others go. Either way carriage returns and bells are dropped and tabs
 * become spaces up to the next multiple of eight visible characters, counted from the start of the message
 * (as Nix counts: across lines, one per UTF-8 character, escapes not counted).
 */
public final class AnsiEscapes {
    private static final char ESC = '\u001b';

    private AnsiEscapes() {}

    /**
     * {@code message}, a byte string, with its escapes filtered: all of them when {@code keepColours} is
     * false, all but colour and style sequences otherwise.
     */
    public static String filter(String message, boolean keepColours) {
        if (!needsFiltering(message)) {
            return message;
        }
        StringBuilder out = new StringBuilder(message.length());
        int width = 0;
        int i = 0;
        int n = message.length();
        while (i < n) {
            char c = message.charAt(i);
            if (c == ESC) {
                int end = escapeEnd(message, i);
                if (keepColours && message.charAt(end - 1) == 'm' && end - i > 2 && message.charAt(i + 1) == '[') {
                    out.append(message, i, end);
                }
                i = end;
            } else if (c == '\t') {
                do {
                    out.append(' ');
                    width++;
                } while (width % 8 != 0);
                i++;
            } else if (c == '\r' || c == '\u0007') {
                i++;
            } else {
                // One visible character: a UTF-8 lead byte with its continuation bytes.
                out.append(c);
                i++;
                while (i < n && c >= 0xc0 && (message.charAt(i) & 0xc0) == 0x80) {
                    out.append(message.charAt(i++));
                }
                width++;
            }
        }
        return out.toString();
    }

    private static boolean needsFiltering(String message) {
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == ESC || c == '\t' || c == '\r' || c == '\u0007') {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the escape sequence starting at {@code start} ends (exclusive): a control sequence ({@code ESC [},
     * parameter bytes, intermediate bytes, one final byte), an operating-system command ({@code ESC ]} up to
     * the next {@code ESC \}), or a two-byte escape ({@code ESC} and one byte from {@code @} to {@code _}).
     */
    private static int escapeEnd(String s, int start) {
        int n = s.length();
        int i = start + 1;
        if (i < n && s.charAt(i) == '[') {
            i++;
            while (i < n && s.charAt(i) >= 0x30 && s.charAt(i) <= 0x3f) {
                i++;
            }
            while (i < n && s.charAt(i) >= 0x20 && s.charAt(i) <= 0x2f) {
                i++;
            }
            if (i < n && s.charAt(i) >= 0x40 && s.charAt(i) <= 0x7e) {
                i++;
            }
        } else if (i < n && s.charAt(i) == ']') {
            i++;
            while (i < n && s.charAt(i) != ESC) {
                i++;
            }
            if (i + 1 < n && s.charAt(i + 1) == '\\') {
                i += 2;
            }
        } else if (i < n && s.charAt(i) >= 0x40 && s.charAt(i) <= 0x5f) {
            i++;
        }
        return i;
    }
}
