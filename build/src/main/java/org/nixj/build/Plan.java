package org.nixj.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.nixj.store.StorePath;

/**
 * The builds a set of goals needs: every derivation with a wanted output that is not valid, each after the
 * builds it depends on.
 *
 * @param dependencies the derivations to build, in an order where each comes after its dependencies, each with
 *     the derivations among them it needs first
 */
public record Plan(Map<StorePath, SortedSet<StorePath>> dependencies) {
    public Plan {
        Map<StorePath, SortedSet<StorePath>> copy = new LinkedHashMap<>();
        dependencies.forEach((drv, deps) -> copy.put(drv, Collections.unmodifiableSortedSet(new TreeSet<>(deps))));
        dependencies = Collections.unmodifiableMap(copy);
    }

    /** The derivations to build, dependencies first. */
    public List<StorePath> builds() {
        return List.copyOf(dependencies.keySet());
    }

    /** Whether nothing needs building. */
    public boolean isEmpty() {
        return dependencies.isEmpty();
    }
}
