package org.nixj.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nixj.eval.ByteStrings;
import org.nixj.os.FileNames;
import org.nixj.os.ProcessText;
import org.nixj.source.NixError;
import org.nixj.source.Source;

/** Turning command-line arguments into sources: a file path, {@code -} for standard input, or an expression. */
final class Inputs {
    private Inputs() {}

    /** A file or, as in Nix, a directory's {@code default.nix}; {@code <p>} is looked up in the search path; {@code -} reads standard input. */
    static Source file(String argument, InputStream stdin) throws IOException {
        if (argument.equals("-")) {
            return Source.ofStdin(stdin.readAllBytes(), workingDirectory());
        }
        if (isSearchPathEntry(argument)) {
            // `<nixpkgs/nixos>` is looked up in the search path, as Nix looks up file arguments.
            return Source.ofExpression("import " + argument, workingDirectory());
        }
        Path path = FileNames.of(argument).toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new InputError("getting status of '" + ByteStrings.of(FileNames.bytes(path)) + "': No such file or directory");
        }
        if (Files.isDirectory(path)) {
            path = path.resolve("default.nix");
            if (!Files.exists(path)) {
                throw new InputError("opening file '" + ByteStrings.of(FileNames.bytes(path)) + "': No such file or directory");
            }
        }
        return Source.ofFile(path);
    }

    /** Whether a file argument is a search path lookup such as {@code <nixpkgs/nixos>}. */
    private static boolean isSearchPathEntry(String argument) {
        return argument.length() > 2 && argument.startsWith("<") && argument.endsWith(">");
    }

    static Source expression(String text) {
        return Source.ofExpression(text, workingDirectory());
    }

    static String workingDirectory() {
        return FileNames.text(ProcessText.workingDirectory());
    }

    /** An input that cannot be read, worded as Nix words it (a byte string, as every Nix error message). */
    static final class InputError extends NixError {
        InputError(String message) {
            super(message, null);
        }
    }
}
