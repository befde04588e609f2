package org.nixj.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nixj.source.NixError;
import org.nixj.source.Source;

/** Turning command-line arguments into sources: a file path, {@code -} for standard input, or an expression. */
final class Inputs {
    private Inputs() {}

    /** A file or, as in Nix, a directory's {@code default.nix}; {@code -} reads standard input. */
    static Source file(String argument) throws IOException {
        if (argument.equals("-")) {
            return Source.ofStdin(System.in.readAllBytes(), workingDirectory());
        }
        Path path = Path.of(argument).toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new InputError("getting status of '" + path + "': No such file or directory");
        }
        if (Files.isDirectory(path)) {
            path = path.resolve("default.nix");
            if (!Files.exists(path)) {
                throw new InputError("opening file '" + path + "': No such file or directory");
            }
        }
        return Source.ofFile(path);
    }

    static Source expression(String text) {
        return Source.ofExpression(text, workingDirectory());
    }

    /** A command-line string as a Nix byte string (its UTF-8 bytes, one char each). */
    static String byteString(String text) {
        return new String(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static String workingDirectory() {
        return Path.of("").toAbsolutePath().toString();
    }

    /** An input that cannot be read, worded as Nix words it. */
    static final class InputError extends NixError {
        InputError(String message) {
            super(message, null);
        }
    }
}
