package org.nixj.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the {@code nix} commands that evaluate installables ({@code nixj eval}, {@code build},
 * {@code repl}), declared once: {@code --expr}/{@code --file}, {@code --impure}, the evaluation options
 * ({@link EvalOptions}) and the flake options ({@link FlakeOptions}). Public so that commands in other
 * packages can mix it in.
 */
public final class InstallableOptions {
    @ArgGroup(exclusive = true)
    ExprOrFile code;

    @Option(names = "--impure", description = "Allow access to the environment, the clock and the search path"
            + " (nixj repl always evaluates impurely, as nix repl does).")
    boolean impure;

    @Mixin
    EvalOptions evalOptions = new EvalOptions();

    @Mixin
    FlakeOptions flakeOptions = new FlakeOptions();

    /** Options as the command line gives them (picocli fills in the fields). */
    public InstallableOptions() {}

    /** {@code --expr} or {@code --file}, or null when neither was given. */
    public ExprOrFile code() {
        return code;
    }

    /** Whether {@code --impure} was given. */
    public boolean impure() {
        return impure;
    }

    /** The evaluation options. */
    public EvalOptions evalOptions() {
        return evalOptions;
    }

    /** The flake options. */
    public FlakeOptions flakeOptions() {
        return flakeOptions;
    }

    /** Whether evaluation is pure: not with {@code --impure}, nor with {@code --file}, which implies it as in Nix. */
    boolean pure() {
        return !impure && (code == null || code.file == null);
    }
}
