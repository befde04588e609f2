package org.nixj.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes Nix byte strings (one char per byte) to a stream as the bytes they stand for, so output is
 * byte-identical to Nix's whatever the platform's default encoding.
 */
final class Output {
    private Output() {}

    static void println(PrintStream out, String byteString) {
        print(out, byteString + "\n");
    }

    static void print(PrintStream out, String byteString) {
        out.write(byteString.getBytes(StandardCharsets.ISO_8859_1), 0, byteString.length());
        out.flush();
    }
}
