package org.nixj.os;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes from the operating system as Java text and back, losslessly: UTF-8, with each byte that is not part
 * of a valid UTF-8 sequence as a lone surrogate U+DC80 to U+DCFF (see the package documentation).
 */
public final class OsText {
    private static final char ESCAPE_BASE = '\uDC00';

    private OsText() {}

    /** {@code bytes} as text: UTF-8 decoded, each byte of an invalid sequence escaped. */
    public static String decode(byte[] bytes) {
        if (isAscii(bytes)) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more chars than it has bytes, and an escape is one char per byte.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            for (int i = 0; i < result.length(); i++) {
                out.put((char) (ESCAPE_BASE | (in.get() & 0xff)));
            }
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** The bytes {@code text} stands for: its UTF-8, with escaped bytes restored. */
    public static byte[] encode(String text) {
        if (!hasSurrogates(text)) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.writeBytes(text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
                i++;
            } else if (isEscape(c)) {
                out.write(c & 0xff);
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /** Whether {@code text} holds an escaped byte, that is, whether its bytes are not UTF-8. */
    public static boolean hasEscapes(String text) {
        if (!hasSurrogates(text)) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (isEscape(c)) {
                return true;
            }
        }
        return false;
    }

    /** An escaped byte: a lone low surrogate in U+DC80..U+DCFF. */
    private static boolean isEscape(char c) {
        return c >= '\uDC80' && c <= '\uDCFF';
    }

    private static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
