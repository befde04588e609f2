package org.nixj.source;

import java.nio.charset.StandardCharsets;
import org.nixj.os.OsText;

/**
 * nixj keeps Nix strings as byte strings: Java strings with one char (0-255) per byte. Text written in Java
 * source (such as {@code «repeated»}) must be turned into its UTF-8 bytes before it joins them.
 */
public final class ByteStrings {
    private ByteStrings() {}

    /** The UTF-8 bytes of {@code text}, one char each; bytes escaped in it ({@link OsText}) come back as they were. */
    public static String utf8(String text) {
        return new String(OsText.encode(text), StandardCharsets.ISO_8859_1);
    }

    /** The text whose UTF-8 bytes {@code byteString} holds (bytes that are not UTF-8 escaped, {@link OsText}). */
    public static String decode(String byteString) {
        return OsText.decode(byteString.getBytes(StandardCharsets.ISO_8859_1));
    }
}
