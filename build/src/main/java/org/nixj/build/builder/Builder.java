package org.nixj.build.builder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Consumer;
import org.nixj.store.Derivation;
import org.nixj.store.StorePath;

/**
 * A builder nixj runs in-process: the one a derivation names as {@code builtin:<name>}. It writes each output at
 * {@link BuildContext#output(String)}; the realiser checks, scans and registers what it wrote, and deletes it if
 * the builder throws. Builders must be safe to run on several threads at once (for different derivations).
 */
public interface Builder {
    /** The name after {@code builtin:} that selects this builder. */
    String name();

    /**
     * Builds the derivation of {@code context}.
     *
     * @throws BuildFailure when the derivation cannot be built (bad attributes, a failed download, ...), with
     *     a message for the user
     * @throws IOException when reading inputs or writing outputs fails
     */
    void build(BuildContext context) throws BuildFailure, IOException;

    /**
     * Called once before the realiser starts a plan's builds, with those this builder will run: it may do work
     * for all of them at once (fetch many files in one go, say) in {@code folder}, which its builds see as
     * {@link BuildContext#prepared()} and which is deleted when the realisation ends. It is an optimisation:
     * each build must still succeed on its own when preparing did nothing, and a failure here is only logged.
     *
     * @param log where the builder's log lines go
     * @throws IOException when preparing failed (the builds then go their own ways)
     */
    default void prepare(List<Pending> builds, Path folder, Consumer<String> log) throws IOException {
    }

    /** A build the realisation will run, as {@link #prepare} sees it. */
    record Pending(StorePath drvPath, Derivation derivation, BuildAttributes attributes,
                   SortedMap<String, StorePath> outputPaths) {}
}
