package org.nixj.cli;

import java.nio.file.Path;
import org.nixj.eval.Evaluator;
import org.nixj.flake.FlakeRef;
import org.nixj.flake.Flakes;
import org.nixj.flake.LockOptions;
import org.nixj.os.ProcessText;

/** What the flake commands share: an evaluator, the flake machinery over it, and where relative references start. */
record FlakeSession(Evaluator evaluator, Flakes flakes, Path workingDirectory, Console console) {
    /** A session for a command with {@code evalOptions}, pure unless {@code impure}. */
    static FlakeSession open(EvalOptions evalOptions, boolean impure, Console console, LockOptions lockOptions) {
        Evaluator evaluator = evalOptions.evaluator(!impure, console);
        Flakes flakes = new Flakes(evaluator, lockOptions,
                console::warn);
        return new FlakeSession(evaluator, flakes, currentDirectory(), console);
    }

    /** A pure session with the lock options {@code flakeOptions} give, relative to the working directory. */
    static FlakeSession open(EvalOptions evalOptions, FlakeOptions flakeOptions, Console console) {
        return open(evalOptions, false, console,
                flakeOptions.lockOptions(currentDirectory(), EvalOptions::bundledNixpkgs, console::warn));
    }

    /** Writes a warning or notice line to standard error. */
    void notice(String line) {
        console.warn(line);
    }

    static Path currentDirectory() {
        return ProcessText.workingDirectory();
    }

    /** The flake {@code argument} names ({@code .} when none is given). */
    FlakeRef ref(String argument) {
        return FlakeRef.parse(argument == null ? "." : argument, workingDirectory);
    }
}
