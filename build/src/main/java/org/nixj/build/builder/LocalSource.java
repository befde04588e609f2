package org.nixj.build.builder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

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

    /**
     * Fetches what it can of {@code downloads} together, before their builds run ({@link Builder#prepare}):
     * each file it gets goes to that download's {@code target}, in {@code folder}. Returns the downloads it
     * leaves to the sources after it: those it neither fetched nor will find in {@link #find}. What it fetches
     * is trusted no more than what {@code find} offers: the build checks the hash. By default it does nothing.
     *
     * @param log where log lines go
     */
    default List<Download> prefetch(List<Download> downloads, Path folder, Consumer<String> log) throws IOException {
        return downloads;
    }

    /** A file a {@code builtin:fetchurl} build will fetch: its URL, its derivation's attributes, where a prefetched copy goes. */
    record Download(String url, BuildAttributes attributes, Path target) {}
}
