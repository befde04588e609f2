package org.nixj.build.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.nixj.build.builder.BuildContext;
import org.nixj.build.builder.BuildFailure;
import org.nixj.os.FileNames;
import org.nixj.store.FileKind;

/**
 * A tree of symlinks merging several store trees, as {@code lndir} makes it: a real folder wherever a folder is,
 * and for every other file a symlink to it (by its logical {@code /nix/store/…} path). A name two trees give
 * different files is a collision: an error, unless the files are equal or collisions are ignored (then the
 * first tree wins, as in nixpkgs).
 */
final class SymlinkFarm {
    /** How a file of a source tree is placed: its logical path, and where in the farm it goes. */
    interface Placement {
        /** The path in the farm for {@code relative} (a path inside a source tree), or null to leave it out. */
        String place(String relative);
    }

    private final BuildContext context;
    private final Path root;
    private final boolean ignoreCollisions;
    private final Map<String, String> linkedFrom = new HashMap<>();

    SymlinkFarm(BuildContext context, Path root, boolean ignoreCollisions) throws IOException {
        this.context = context;
        this.root = root;
        this.ignoreCollisions = ignoreCollisions;
        Files.createDirectories(root);
    }

    /** Adds the tree at the logical store path {@code source}, each file where {@code placement} puts it. */
    void add(String source, Placement placement) throws BuildFailure, IOException {
        Path physical = context.physical(source);
        if (!Files.exists(physical, LinkOption.NOFOLLOW_LINKS)) {
            throw new BuildFailure("'" + source + "' does not exist");
        }
        if (!Files.isDirectory(physical)) {
            throw new BuildFailure("'" + source + "' is not a folder, so it cannot be merged into a tree of links");
        }
        walk(source, physical, "", placement);
    }

    private void walk(String source, Path directory, String relative, Placement placement) throws BuildFailure, IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(directory)) {
            entries = list.sorted().toList();
        }
        for (Path entry : entries) {
            String name = relative.isEmpty() ? FileNames.name(entry) : relative + "/" + FileNames.name(entry);
            if (FileKind.of(entry) == FileKind.DIRECTORY) {
                walk(source, entry, name, placement);
            } else {
                String target = placement.place(name);
                if (target != null) {
                    link(source + "/" + name, entry, target);
                }
            }
        }
    }

    private void link(String logical, Path physical, String target) throws BuildFailure, IOException {
        String previous = linkedFrom.putIfAbsent(target, logical);
        if (previous != null) {
            if (!ignoreCollisions && !sameFile(previous, logical, physical)) {
                throw new BuildFailure("collision between '" + previous + "' and '" + logical + "'");
            }
            return;
        }
        Path link = root.resolve(FileNames.of(target));
        Path parent = link.getParent();
        if (Files.isSymbolicLink(parent) || (Files.exists(parent, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS))) {
            throw new BuildFailure("collision at '" + target + "': '" + logical + "' needs a folder where a file is");
        }
        Files.createDirectories(parent);
        Files.createSymbolicLink(link, FileNames.of(logical));
    }

    /**
     * Whether a second file with the same name is the same as the first: the same symlink target, the same bytes,
     * or one a symlink to the other (a package of links to another package's programs).
     */
    private boolean sameFile(String previousLogical, String logical, Path physical) throws BuildFailure, IOException {
        Path previous = context.physical(previousLogical);
        if (linksTo(physical, previousLogical) || linksTo(previous, logical)) {
            return true;
        }
        if (Files.isSymbolicLink(previous) && Files.isSymbolicLink(physical)) {
            return Files.readSymbolicLink(previous).equals(Files.readSymbolicLink(physical));
        }
        if (Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS) && Files.isRegularFile(physical, LinkOption.NOFOLLOW_LINKS)) {
            return Files.mismatch(previous, physical) == -1;
        }
        return false;
    }

    private static boolean linksTo(Path link, String logicalTarget) throws IOException {
        return Files.isSymbolicLink(link) && Files.readSymbolicLink(link).toString().equals(logicalTarget);
    }
}
