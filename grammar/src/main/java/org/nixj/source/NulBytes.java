package org.nixj.source;

/**
 * Nix strings cannot hold a NUL byte (Nix keeps them as C strings). Current Nix refuses every string that
 * would get one, from the lexer ({@code "a\0b"} with a raw or escaped NUL), {@code fromJSON} and
 * {@code fromTOML}, with one message that names the string with each NUL shown as {@code ␀}.
 */
public final class NulBytes {
    private static final String SHOWN = ByteStrings.utf8("\u2400");

    private NulBytes() {}

    /** Whether the byte string {@code s} holds a NUL byte. */
    public static boolean contains(String s) {
        return s.indexOf('\0') >= 0;
    }

    /** Current Nix's message for the byte string {@code s}, which holds a NUL byte. */
    public static String message(String s) {
        return "input string '" + s.replace("\0", SHOWN)
                + "' cannot be represented as Nix string because it contains null bytes";
    }
}
