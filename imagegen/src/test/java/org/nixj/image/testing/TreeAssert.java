package org.nixj.image.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntBinaryOperator;
import java.util.stream.Stream;

/**
 * Compares an extracted tree with the input tree: the same names, types, file bytes and symlink targets,
 * and modes as the format is expected to store them ({@code expectedMode(inputMode, isDirectory)}).
 */
public final class TreeAssert {
    private TreeAssert() {}

    /** Modes compared unchanged. */
    public static final IntBinaryOperator SAME_MODE = (mode, isDir) -> mode;

    /**
     * Rock Ridge as NixOS writes it ({@code xorriso -r}): read bits on, write bits off, all execute bits
     * when any is set (always for directories), special bits off.
     */
    public static final IntBinaryOperator ROCK_RIDGE_R = (mode, isDir) ->
            isDir == 1 || (mode & 0111) != 0 ? 0555 : 0444;

    public static void assertSameTree(Path expected, Path actual, IntBinaryOperator expectedMode, boolean checkRootMode)
            throws IOException {
        compare(expected, actual, expectedMode, "", checkRootMode);
    }

    private static void compare(Path e, Path a, IntBinaryOperator modeRule, String rel, boolean checkMode) throws IOException {
        boolean eLink = Files.isSymbolicLink(e);
        if (eLink) {
            if (!Files.isSymbolicLink(a)) {
                fail(rel + ": expected a symlink");
            }
            assertEquals(Files.readSymbolicLink(e), Files.readSymbolicLink(a), rel + ": symlink target");
            return;
        }
        boolean dir = Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS);
        if (checkMode) {
            int em = mode(e);
            assertEquals(Integer.toOctalString(modeRule.applyAsInt(em, dir ? 1 : 0)), Integer.toOctalString(mode(a)),
                    rel + ": mode (input " + Integer.toOctalString(em) + ")");
        }
        if (dir) {
            if (!Files.isDirectory(a, LinkOption.NOFOLLOW_LINKS)) {
                fail(rel + ": expected a directory");
            }
            TreeSet<String> en = names(e);
            TreeSet<String> an = names(a);
            assertEquals(en, an, rel + "/: entries");
            for (String n : en) {
                compare(e.resolve(n), a.resolve(n), modeRule, rel + "/" + n, true);
            }
        } else {
            if (!Files.isRegularFile(a, LinkOption.NOFOLLOW_LINKS)) {
                fail(rel + ": expected a regular file");
            }
            assertEquals(Files.size(e), Files.size(a), rel + ": size");
            assertArrayEquals(Files.readAllBytes(e), Files.readAllBytes(a), rel + ": contents");
        }
    }

    private static int mode(Path p) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
    }

    private static TreeSet<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            List<String> l = s.map(p -> p.getFileName().toString()).toList();
            return new TreeSet<>(l);
        }
    }
}
