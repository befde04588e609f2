package org.nixj.eval;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.nixj.os.OsText;

/**
 * The boundary between Nix byte strings and the outside world. nixj keeps a Nix string as a Java string with
 * one char per byte (0-255); text from the outside (file names, command lines) is UTF-8 and must be turned
 * into bytes on the way in, and bytes written as they are on the way out, never encoded a second time.
 */
public final class ByteStrings {
    private ByteStrings() {}

    /** The bytes a byte string stands for. */
    public static byte[] bytes(String byteString) {
        return byteString.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The byte string of {@code bytes}. */
    public static String of(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /**
     * Java text (a file name, a command-line argument) as the byte string of its UTF-8 encoding; bytes the
     * text holds escaped ({@link OsText}: a name or argument that is not UTF-8) come back as they were.
     */
    public static String fromText(String text) {
        return of(OsText.encode(text));
    }

    /** A byte string decoded as UTF-8 into Java text, bytes that are not UTF-8 escaped ({@link OsText}). */
    public static String toText(String byteString) {
        return OsText.decode(bytes(byteString));
    }

    /** Writes the bytes of {@code byteString} to {@code out} and flushes it. */
    public static void write(PrintStream out, String byteString) {
        out.write(bytes(byteString), 0, byteString.length());
        out.flush();
    }

    /** {@link #write} followed by a newline. */
    public static void writeLine(PrintStream out, String byteString) {
        write(out, byteString + "\n");
    }
}
