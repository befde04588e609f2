package org.nixj.cli;

import java.io.InputStream;
import java.io.PrintStream;
import org.nixj.eval.ByteStrings;
import org.nixj.source.AnsiEscapes;

/**
 * The standard streams a run of {@code nixj} reads and writes. Commands take theirs from here, never from
 * {@link System}, so that runs in one JVM (tests, an embedding program) do not share them.
 *
 * @param in standard input
 * @param out standard output: results, written as the bytes Nix would write
 * @param err standard error: errors, traces, warnings and notices
 * @param colours whether messages may keep their colour escapes ({@link Terminals#colours}); when not, every
 *     escape sequence in them is dropped
 */
public record Console(InputStream in, PrintStream out, PrintStream err, boolean colours) {
    /** Streams that are not a terminal: messages lose their escapes. */
    public Console(InputStream in, PrintStream out, PrintStream err) {
        this(in, out, err, false);
    }

    /** The process's own streams, with colours when Nix would use them ({@link Terminals#colours}). */
    public static Console system() {
        return new Console(System.in, System.out, System.err, Terminals.colours(System.getenv()));
    }

    /** Writes a warning or notice, a whole line of Java text ({@code warning: ...}), to standard error. */
    public void warn(String line) {
        message(ByteStrings.fromText(line) + "\n");
    }

    /**
     * Writes a message, a byte string (an error report, a {@code trace} line) that may hold escapes from Nix
     * code, to standard error, filtered as Nix filters what it writes there ({@link AnsiEscapes}).
     */
    public void message(String byteString) {
        ByteStrings.write(err, AnsiEscapes.filter(byteString, colours));
    }
}
