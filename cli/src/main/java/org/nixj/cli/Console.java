package org.nixj.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The standard streams a run of {@code nixj} reads and writes. Commands take theirs from here, never from
 * {@link System}, so that runs in one JVM (tests, an embedding program) do not share them.
 *
 * @param in standard input
 * @param out standard output: results, written as the bytes Nix would write
 * @param err standard error: errors, traces, warnings and notices
 */
public record Console(InputStream in, PrintStream out, PrintStream err) {
    /** The process's own streams. */
    public static Console system() {
        return new Console(System.in, System.out, System.err);
    }

    /** Writes a warning or notice, a whole line ({@code warning: ...}), to standard error. */
    public void warn(String line) {
        org.nixj.eval.ByteStrings.writeLine(err, org.nixj.eval.ByteStrings.fromText(line));
    }
}
