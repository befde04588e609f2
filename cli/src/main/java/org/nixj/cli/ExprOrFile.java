package org.nixj.cli;

import picocli.CommandLine.Option;

/**
 * {@code --expr EXPR} or {@code --file FILE}: where commands that take installables get Nix code instead of a
 * flake. With either, the installables are attribute paths into its value. Public so that {@code nixj repl}
 * (another package) can read it through {@link InstallableOptions}.
 */
public final class ExprOrFile {
    @Option(names = "--expr", paramLabel = "EXPR", description = "The expression to evaluate.")
    String expr;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "The file to evaluate ('-' for standard input, '<nixpkgs/nixos>' from the search path).")
    String file;

    /** Options as the command line gives them (picocli fills in the fields). */
    public ExprOrFile() {}

    /** The {@code --expr} given, or null. */
    public String expr() {
        return expr;
    }

    /** The {@code --file} given, or null. */
    public String file() {
        return file;
    }
}
