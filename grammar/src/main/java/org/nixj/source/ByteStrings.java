package org.nixj.source;

import java.nio.charset.StandardCharsets;

/**
 * nixj keeps Nix strings as byte strings: Java strings with one char (0-255) per byte. Text written in Java
 * source (such as {@code «repeated»}) must be turned into its UTF-8 bytes before it joins them.
 */
public final class ByteStrings {
    private ByteStrings() {}

    /** The UTF-8 bytes of {@code text}, one char each. */
    public static String utf8(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** The text whose UTF-8 bytes {@code byteString} holds (malformed bytes become U+FFFD). */
    public static String decode(String byteString) {
        return new String(byteString.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
