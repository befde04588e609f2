package org.nixj.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.nixj.source.Source;

/** Turning command-line arguments into sources: a file path, {@code -} for standard input, or an expression. */
final class Inputs {
    private Inputs() {}

    static Source file(String argument) throws IOException {
        if (argument.equals("-")) {
            return Source.ofStdin(System.in.readAllBytes(), workingDirectory());
        }
        return Source.ofFile(Path.of(argument));
    }

    static Source expression(String text) {
        return Source.ofExpression(text, workingDirectory());
    }

    /** What {@code ~} means in path literals: {@code $HOME}, as in Nix. */
    static String homeDirectory() {
        String home = System.getenv("HOME");
        return home != null ? home : System.getProperty("user.home");
    }

    static String workingDirectory() {
        return Path.of("").toAbsolutePath().toString();
    }
}
