package org.nixj.store;

import java.nio.file.Path;

/** Decides which files of a tree are added to the store ({@code builtins.path}'s and {@code filterSource}'s filter). */
@FunctionalInterface
public interface PathFilter {
    /** Everything. */
    PathFilter ALL = (file, kind) -> true;

    /** Whether {@code file} (below the root being added) is kept; a directory left out is not entered. */
    boolean accept(Path file, FileKind kind);
}
