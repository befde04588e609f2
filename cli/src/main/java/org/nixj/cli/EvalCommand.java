package org.nixj.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.nixj.eval.ByteStrings;
import org.nixj.eval.Evaluator;
import org.nixj.eval.print.PrintOptions;
import org.nixj.eval.value.Value;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nixj eval}: the {@code nix eval} command. Evaluates an expression ({@code --expr}) or a file
 * ({@code --file}), optionally selects an attribute path and applies a function, and prints the result
 * completely, as Nix's value printer does. Evaluation is pure unless {@code --impure}.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Evaluate a Nix expression and print the result, like 'nix eval'.")
final class EvalCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "INSTALLABLE",
            description = "A flake output such as '.#attr' or 'path:/a/b#x'; with --expr or --file, an attribute path to select.")
    String installable;

    @Option(names = "--apply", paramLabel = "EXPR", description = "Apply the function EXPR to the result.")
    String apply;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(names = "--raw", description = "Print a string result without quotes or escapes.")
    boolean raw;

    @Mixin
    InstallableOptions options = new InstallableOptions();

    private final Console console;

    EvalCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        Evaluator evaluator = options.evalOptions().evaluator(options.pure(), console);
        Value v = new InstallableValues(evaluator, options, console).evaluate(installable);
        if (apply != null) {
            v = evaluator.force(evaluator.call(evaluator.evaluate(Inputs.expression(apply)), v));
        }
        if (json) {
            // As nix eval: everything forced, paths written as paths rather than copied to the store.
            ByteStrings.writeLine(console.out(), evaluator.toJson(v, true, false));
            return 0;
        }
        if (raw) {
            ByteStrings.write(console.out(), evaluator.coerceToString(v, "while generating the nix eval --raw output"));
            return 0;
        }
        ByteStrings.writeLine(console.out(), evaluator.print(v, PrintOptions.NIX_EVAL));
        return 0;
    }
}
