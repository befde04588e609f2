package org.nixj.build.builder;

import java.io.IOException;

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
}
