package org.nixj.cli;

import picocli.CommandLine.Option;

/**
 * {@code --expr EXPR} or {@code --file FILE}: where commands that take installables get Nix code instead of a
 * flake. With either, the installables are attribute paths into its value.
 */
final class ExprOrFile {
    @Option(names = "--expr", paramLabel = "EXPR", description = "The expression to evaluate.")
    String expr;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "The file to evaluate ('-' for standard input).")
    String file;
}
