package org.nixj.os;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@link Path}s and the exact bytes of their names. The JDK keeps a path's bytes exactly (a name read from a
 * directory opens the right file), but {@link Path#toString()} decodes them with the locale's charset,
 * replacing what it cannot decode, and {@link Path#of(String, String...)} refuses what it cannot encode. The
 * lossless way through is the {@code file:} URI, whose path the JDK percent-encodes from, and decodes to, the
 * raw bytes; this class takes it only for names the plain way would damage.
 */
public final class FileNames {
    private static final Charset NATIVE = nativeCharset();
    private static final Path ROOT = Path.of("/");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private FileNames() {}

    /** The bytes of {@code path}, exactly as the system has them. */
    public static byte[] bytes(Path path) {
        String s = path.toString();
        if (s.indexOf('\uFFFD') < 0) {
            // Nothing was replaced, so the charset decoded the bytes faithfully and encodes them back.
            return s.getBytes(NATIVE);
        }
        Path absolute = path.isAbsolute() ? path : ROOT.resolve(path);
        byte[] raw = percentDecode(absolute.toUri().getRawPath());
        int start = path.isAbsolute() ? 0 : 1;
        int end = raw.length;
        // The URI of a directory ends with a slash; the path itself never does (but the root).
        if (end - start > 1 && raw[end - 1] == '/') {
            end--;
        }
        byte[] result = new byte[end - start];
        System.arraycopy(raw, start, result, 0, result.length);
        return result;
    }

    /** {@code path} as text ({@link OsText}). */
    public static String text(Path path) {
        return OsText.decode(bytes(path));
    }

    /** The last name of {@code path} as text ({@link OsText}): a directory entry's name. */
    public static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? "" : text(name);
    }

    /** The path whose bytes are {@code bytes} (absolute or relative; no NUL). */
    public static Path of(byte[] bytes) {
        String plain = isAscii(bytes) ? new String(bytes, StandardCharsets.ISO_8859_1) : decodeNative(bytes);
        if (plain != null) {
            return Path.of(plain);
        }
        boolean absolute = bytes.length > 0 && bytes[0] == '/';
        StringBuilder uri = new StringBuilder("file://").append(absolute ? "" : "/");
        for (byte b : bytes) {
            int v = b & 0xff;
            if (isUnreserved(v) || v == '/') {
                uri.append((char) v);
            } else {
                uri.append('%').append(HEX[v >> 4]).append(HEX[v & 0xf]);
            }
        }
        Path path = Path.of(URI.create(uri.toString()));
        return absolute ? path : ROOT.relativize(path);
    }

    /** The path {@code text} ({@link OsText}) stands for. */
    public static Path of(String text) {
        return of(OsText.encode(text));
    }

    /** {@code bytes} in the native charset, if they decode there without loss; else null. */
    private static String decodeNative(byte[] bytes) {
        try {
            return NATIVE.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static byte[] percentDecode(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                out.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    /** The charset the JDK encodes and decodes file names with, from the locale. */
    private static Charset nativeCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
