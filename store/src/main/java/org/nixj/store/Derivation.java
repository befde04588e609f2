package org.nixj.store;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A store derivation: how to build outputs from inputs. Immutable; its collections are sorted, as Nix keeps
 * them, so that the ATerm form ({@link ATerm}) is canonical.
 *
 * @param name the derivation's name (its store path is {@code <name>.drv})
 * @param outputs the outputs by name
 * @param inputDrvs the derivations whose outputs the build needs, with the outputs needed
 * @param inputSrcs the other store paths the build needs
 * @param platform the {@code system} it builds on
 * @param builder the program that builds it
 * @param args the builder's arguments
 * @param env the builder's environment
 */
public record Derivation(String name, SortedMap<String, DerivationOutput> outputs,
                         SortedMap<StorePath, SortedSet<String>> inputDrvs, SortedSet<StorePath> inputSrcs,
                         String platform, String builder, List<String> args, SortedMap<String, String> env) {
    public Derivation {
        Objects.requireNonNull(name);
        outputs = Collections.unmodifiableSortedMap(new TreeMap<>(outputs));
        TreeMap<StorePath, SortedSet<String>> drvs = new TreeMap<>();
        inputDrvs.forEach((path, wanted) -> drvs.put(path, Collections.unmodifiableSortedSet(new TreeSet<>(wanted))));
        inputDrvs = Collections.unmodifiableSortedMap(drvs);
        inputSrcs = Collections.unmodifiableSortedSet(new TreeSet<>(inputSrcs));
        args = List.copyOf(args);
        env = Collections.unmodifiableSortedMap(new TreeMap<>(env));
    }

    /** Whether this is a fixed-output derivation (its only output is {@link DerivationOutput.Fixed}). */
    public boolean isFixedOutput() {
        return outputs.size() == 1 && outputs.values().iterator().next() instanceof DerivationOutput.Fixed;
    }

    /** The store paths the {@code .drv} file refers to: its input derivations and sources. */
    public SortedSet<StorePath> references() {
        TreeSet<StorePath> refs = new TreeSet<>(inputSrcs);
        refs.addAll(inputDrvs.keySet());
        return refs;
    }

    /** The path of output {@code output}, for outputs whose path is known. */
    public StorePath outputPath(StoreDirectory store, String output) {
        return switch (outputs.get(output)) {
            case DerivationOutput.InputAddressed ia -> ia.path();
            case DerivationOutput.Fixed f -> store.makeFixedOutputPath(StoreDirectory.outputPathName(name, output), f.ca());
            case DerivationOutput.Deferred d -> throw new IllegalStateException("output '" + output + "' has no path yet");
            case null -> throw new IllegalArgumentException("derivation '" + name + "' has no output '" + output + "'");
        };
    }
}
