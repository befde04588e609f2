package org.nixj.cli;

import org.nixj.eval.ByteStrings;
import java.io.IOException;
import java.util.concurrent.Callable;
import org.nixj.parser.SourceParser;
import org.nixj.syntax.ExprPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code nixj parse FILE|-}: parse only, and print the canonical form {@code nix-instantiate --parse}
 * prints. Unlike {@code nixj instantiate --parse} it does not check that variables are bound, so it
 * accepts fragments such as {@code f x}.
 */
@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Parse a Nix file ('-' for standard input) and print it in canonical, fully parenthesised form.")
final class ParseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The Nix file to parse, or '-' for standard input.")
    String file;

    private final Console console;

    ParseCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        ByteStrings.writeLine(console.out(), ExprPrinter.print(SourceParser.parse(Inputs.file(file, console.in()))));
        return 0;
    }
}
