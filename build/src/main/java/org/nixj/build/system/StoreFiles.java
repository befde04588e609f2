package org.nixj.build.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nixj.build.builder.BuildContext;
import org.nixj.build.builder.BuildFailure;

/**
 * Reading files through trees of links whose targets are logical ({@code /nix/store/…}), as a system's {@code sw}
 * is: each absolute link is followed into the store on disk, relative ones on disk as they are.
 */
final class StoreFiles {
    private static final int MAX_LINKS = 40;

    private StoreFiles() {}

    /** Where {@code file} (a path on disk, possibly a link to a logical path) really is on disk. */
    static Path resolve(BuildContext context, Path file) throws BuildFailure, IOException {
        Path current = file;
        for (int hops = 0; hops < MAX_LINKS; hops++) {
            if (!Files.isSymbolicLink(current)) {
                return current;
            }
            Path target = Files.readSymbolicLink(current);
            current = target.isAbsolute() ? context.physical(target.toString()) : current.resolveSibling(target);
        }
        throw new BuildFailure("too many levels of symbolic links at '" + file + "'");
    }
}
