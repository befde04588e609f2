package org.nixj.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.nixj.parser.SourceParser;
import org.nixj.source.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nixj instantiate}: the {@code nix-instantiate} command line. So far only {@code --parse} is
 * implemented: parse, check that every variable is bound (as Nix does on loading code), and print the
 * canonical form, byte for byte as {@code nix-instantiate --parse}.
 */
@Command(
        name = "instantiate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Compatible with nix-instantiate. Implemented so far: --parse.")
final class InstantiateCommand implements Callable<Integer> {
    @Option(names = "--parse", description = "Parse the input and print its canonical form.")
    boolean parse;

    @Option(names = {"-E", "--expr"}, description = "Treat the arguments as Nix expressions, not file names.")
    boolean expressions;

    @Parameters(paramLabel = "FILE|EXPR", description = "Files to read ('-' for standard input), or expressions with -E.")
    List<String> arguments = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (!parse) {
            throw new UsageException("nixj instantiate supports only --parse so far; evaluation and "
                    + "instantiation arrive with the evaluator");
        }
        if (arguments.isEmpty()) {
            throw new UsageException("nothing to parse: give a file, '-', or -E with an expression");
        }
        for (String argument : arguments) {
            Source source = expressions ? Inputs.expression(argument) : Inputs.file(argument);
            Output.println(System.out, ParsePrinting.instantiateParse(source, SourceParser.defaultHomeDirectory()));
        }
        return 0;
    }
}
