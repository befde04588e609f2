package org.nixj.cli;

import java.nio.file.Path;
import org.nixj.eval.Evaluator;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.Value;
import org.nixj.flake.Flakes;
import org.nixj.flake.Installable;
import org.nixj.os.ProcessText;
import org.nixj.source.Source;

/**
 * Evaluates installables as the {@code nix} commands do: a flake output ({@code .#attr}, locked and evaluated
 * with the lock flags), or with {@code --expr}/{@code --file} an attribute path into that code's value (called
 * with the {@code --arg}s first when it is a function).
 */
final class InstallableValues {
    private final Evaluator evaluator;
    private final EvalOptions evalOptions;
    private final FlakeOptions flakeOptions;
    private final ExprOrFile code;
    private final Console console;
    private Value codeValue;

    InstallableValues(Evaluator evaluator, InstallableOptions options, Console console) {
        this.evaluator = evaluator;
        this.evalOptions = options.evalOptions();
        this.flakeOptions = options.flakeOptions();
        this.code = options.code();
        this.console = console;
    }

    /** The value of {@code installable}; null means the code's own value (with --expr/--file only). */
    Value evaluate(String installable) throws java.io.IOException {
        if (code == null) {
            if (installable == null) {
                throw new UsageException("nothing to evaluate: give an installable (such as '.#attr'), --expr or --file");
            }
            return evaluateFlakeOutput(installable);
        }
        NixAttrs autoArgs = evalOptions.autoArgs(evaluator);
        if (codeValue == null) {
            Source source = code.expr != null ? Inputs.expression(code.expr) : Inputs.file(code.file, console.in());
            codeValue = evaluator.autoCall(evaluator.evaluate(source), autoArgs);
        }
        return installable == null || installable.isEmpty() ? codeValue : evaluator.select(codeValue, installable, autoArgs);
    }

    /** A flake installable ({@code .#attr}): its flake locked and evaluated, its attribute looked up. */
    private Value evaluateFlakeOutput(String installable) {
        Path workingDirectory = ProcessText.workingDirectory();
        Flakes flakes = new Flakes(evaluator, flakeOptions.lockOptions(workingDirectory, EvalOptions::bundledNixpkgs, console::warn),
                console::warn);
        String system = flakeOptions.system != null ? flakeOptions.system : evaluator.settings().currentSystem();
        return flakes.evaluate(Installable.parse(installable), workingDirectory, system);
    }
}
