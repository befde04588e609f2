package org.nixj.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nixj.eval.ByteStrings;
import org.nixj.eval.Evaluator;
import org.nixj.eval.print.PrintOptions;
import org.nixj.eval.value.NixAttrs;
import org.nixj.flake.Flakes;
import org.nixj.flake.Installable;
import org.nixj.eval.value.Value;
import org.nixj.source.Source;
import picocli.CommandLine.ArgGroup;
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
    static final class Input {
        @Option(names = "--expr", paramLabel = "EXPR", description = "The expression to evaluate.")
        String expr;

        @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "The file to evaluate ('-' for standard input).")
        String file;
    }

    @ArgGroup(exclusive = true)
    Input input;

    @Parameters(arity = "0..1", paramLabel = "INSTALLABLE",
            description = "A flake output such as '.#attr' or 'path:/a/b#x'; with --expr or --file, an attribute path to select.")
    String installable;

    @Option(names = "--apply", paramLabel = "EXPR", description = "Apply the function EXPR to the result.")
    String apply;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(names = "--raw", description = "Print a string result without quotes or escapes.")
    boolean raw;

    @Option(names = "--impure", description = "Allow access to the environment, the clock and the search path.")
    boolean impure;

    @Mixin
    EvalOptions evalOptions = new EvalOptions();

    @Mixin
    FlakeOptions flakeOptions = new FlakeOptions();

    private final Console console;

    EvalCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        // As in Nix, --file implies --impure.
        Evaluator evaluator = evalOptions.evaluator(!impure && (input == null || input.file == null), console);
        Value v;
        if (input == null) {
            v = evaluateInstallable(evaluator);
        } else {
            NixAttrs autoArgs = evalOptions.autoArgs(evaluator);
            Source source = input.expr != null ? Inputs.expression(input.expr) : Inputs.file(input.file, console.in());
            v = evaluator.autoCall(evaluator.evaluate(source), autoArgs);
            if (installable != null) {
                v = evaluator.select(v, installable, autoArgs);
            }
        }
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

    /** A flake installable ({@code .#attr}): its flake locked and evaluated, its attribute looked up. */
    private Value evaluateInstallable(Evaluator evaluator) {
        if (installable == null) {
            throw new UsageException("nothing to evaluate: give an installable (such as '.#attr'), --expr or --file");
        }
        Path workingDirectory = Path.of("").toAbsolutePath();
        Flakes flakes = new Flakes(evaluator, flakeOptions.lockOptions(workingDirectory, EvalOptions::bundledNixpkgs, console::warn),
                line -> ByteStrings.writeLine(console.err(), ByteStrings.fromText(line)));
        String system = flakeOptions.system != null ? flakeOptions.system : evaluator.settings().currentSystem();
        return flakes.evaluate(Installable.parse(installable), workingDirectory, system);
    }
}
