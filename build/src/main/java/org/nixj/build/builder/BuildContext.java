package org.nixj.build.builder;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Consumer;
import org.nixj.store.Derivation;
import org.nixj.store.Store;
import org.nixj.store.StorePath;

/**
 * What a builder sees of one build: the derivation and its attributes, where to write each output, where its
 * inputs are on disk, a scratch folder and a log.
 *
 * <p>Paths inside derivations are logical ({@code /nix/store/…}); nixj's store keeps the objects elsewhere on
 * disk, so a builder reads an input through {@link #physical(String)} and writes output {@code o} at {@link
 * #output(String)}, while what it writes <em>into</em> files and symlinks stays logical, as it would be in Nix.
 */
public final class BuildContext {
    private final StorePath drvPath;
    private final Derivation derivation;
    private final BuildAttributes attributes;
    private final Store store;
    private final SortedMap<String, StorePath> outputPaths;
    private final Map<String, Path> outputs;
    private final Path scratch;
    private final Path prepared;
    private final Consumer<String> log;

    /**
     * Makes the context of one build; the realiser does this.
     *
     * @param outputPaths each output's store path
     * @param outputs where each output is to be written (nothing there yet)
     * @param scratch an empty folder the builder may use, deleted after the build
     * @param prepared the folder the builder's {@link Builder#prepare} wrote in for the whole realisation
     * @param log where the builder's log lines go
     */
    public BuildContext(StorePath drvPath, Derivation derivation, BuildAttributes attributes, Store store,
                        SortedMap<String, StorePath> outputPaths, Map<String, Path> outputs, Path scratch,
                        Path prepared, Consumer<String> log) {
        this.drvPath = drvPath;
        this.derivation = derivation;
        this.attributes = attributes;
        this.store = store;
        this.outputPaths = outputPaths;
        this.outputs = Map.copyOf(outputs);
        this.scratch = scratch;
        this.prepared = prepared;
        this.log = log;
    }

    /** The store derivation being built. */
    public StorePath drvPath() {
        return drvPath;
    }

    /** The derivation being built. */
    public Derivation derivation() {
        return derivation;
    }

    /** Its attributes, structured or from the environment. */
    public BuildAttributes attributes() {
        return attributes;
    }

    /** The store the inputs are in and the outputs go to. */
    public Store store() {
        return store;
    }

    /** The store path of output {@code name}, as the derivation names it. */
    public StorePath outputPath(String name) {
        StorePath path = outputPaths.get(name);
        if (path == null) {
            throw new IllegalArgumentException("derivation '" + derivation.name() + "' has no output '" + name + "'");
        }
        return path;
    }

    /** The logical path of output {@code name} ({@code /nix/store/…}), for writing into files. */
    public String printedOutputPath(String name) {
        return store.directory().print(outputPath(name));
    }

    /** Where on disk to write output {@code name}: a file, a directory or a symlink; nothing is there yet. */
    public Path output(String name) {
        outputPath(name);
        return outputs.get(name);
    }

    /** Where the logical store path {@code logicalPath} (or a file inside one) is on disk. */
    public Path physical(String logicalPath) throws BuildFailure {
        Optional<Path> physical = store.physical(logicalPath);
        if (physical.isEmpty()) {
            throw new BuildFailure("'" + logicalPath + "' is not in the store " + store.directory().path());
        }
        return physical.get();
    }

    /** An empty folder for the builder's own files, deleted after the build. */
    public Path scratch() {
        return scratch;
    }

    /**
     * What the builder prepared for all the builds of this realisation ({@link Builder#prepare}); the folder
     * may be empty or missing. Builds of one builder share it: take from it only what is this build's.
     */
    public Path prepared() {
        return prepared;
    }

    /** Writes one line to the build's log. */
    public void log(String line) {
        log.accept(line);
    }
}
