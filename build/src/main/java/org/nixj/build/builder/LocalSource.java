package org.nixj.build.builder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A place {@code builtin:fetchurl} looks for a file before downloading it: a folder of {@code .deb} files, the
 * host's package manager. Whatever it offers is still checked against the derivation's hash.
 */
public interface LocalSource {
    /**
     * A local copy of what {@code url} names, or empty; may write into {@code context.scratch()}.
     *
     * @throws IOException when looking fails in a way the user must hear of (a missing copy is just empty)
     */
    Optional<Path> find(String url, BuildContext context) throws IOException;
}
