package org.nixj.build;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import org.nixj.store.StorePath;

/**
 * Outputs of a derivation to make valid: Nix's "derived path" {@code /nix/store/…drv^out,dev}.
 *
 * @param drvPath the store derivation
 * @param outputs the outputs wanted; empty means all of them
 */
public record BuildGoal(StorePath drvPath, SortedSet<String> outputs) {
    public BuildGoal {
        if (!drvPath.isDerivation()) {
            throw new IllegalArgumentException("'" + drvPath + "' is not a store derivation");
        }
        outputs = Collections.unmodifiableSortedSet(new TreeSet<>(outputs));
    }

    /** All outputs of {@code drvPath}. */
    public static BuildGoal allOutputs(StorePath drvPath) {
        return new BuildGoal(drvPath, new TreeSet<>());
    }
}
