package org.nixj.cli.repl;

import java.nio.file.Path;
import org.nixj.eval.value.Value;
import org.nixj.flake.FlakeException;
import org.nixj.flake.FlakeRef;
import org.nixj.flake.Flakes;
import org.nixj.flake.Installable;

/**
 * How the REPL loads flakes: {@code :lf REF} (and {@code nixj repl REF}) gives the flake as its {@code self}
 * is (its outputs with {@code inputs}, {@code outputs} and its source information, as {@code nix repl}'s
 * {@code :lf}); {@code nixj repl REF#attr} gives an installable's value.
 *
 * @param flakes the flake machinery, with the command line's lock options
 * @param workingDirectory where relative references start
 * @param system the system installables are looked up for
 */
record ReplFlakes(Flakes flakes, Path workingDirectory, String system) {
    /** The flake {@code ref} names, locked and evaluated. */
    Value flake(String ref) {
        if (ref.isEmpty()) {
            throw new FlakeException("cannot use ':load-flake' without a path specified. (Use '.' for the current working directory.)");
        }
        return flakes.evaluate(flakes.lock(FlakeRef.parse(ref, workingDirectory)));
    }

    /** The value of the installable {@code text} ({@code .#attr}). */
    Value installable(String text) {
        return flakes.evaluate(Installable.parse(text), workingDirectory, system);
    }
}
