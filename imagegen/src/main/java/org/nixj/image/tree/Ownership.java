package org.nixj.image.tree;

import java.util.ArrayList;
import java.util.List;

/**
 * Which entries keep the uid and gid the tree gives them when a tree is made reproducible
 * ({@link Reproducible#normalise(Directory, long, Ownership)}); every other entry becomes owned by root
 * (0:0). Permission bits, setuid and setgid included, are always kept.
 *
 * <p>Root-owned everything is right for a Nix store built by Nix ({@link #ALL_ROOT}, the default), but a
 * store unpacked from distribution packages carries meaningful ids (setgid {@code shadow} helpers,
 * {@code /etc/shadow} as {@code root:shadow 0640}): a builder lists those subtrees with {@link #keepUnder}.
 *
 * @param keptSubtrees image paths ({@code /nix/store/…-shadow}) whose entries, the path itself and
 *     everything below it, keep their owners; {@code "/"} keeps every owner
 * @param keptEntries image paths that keep their owners, without what is below them (entries whose owners
 *     were stated explicitly, as in an {@link EntryList})
 */
public record Ownership(List<String> keptSubtrees, List<String> keptEntries) {
    /** Every entry owned by root, as NixOS's image builders make them. */
    public static final Ownership ALL_ROOT = new Ownership(List.of(), List.of());

    /** Every entry keeps its owner. */
    public static final Ownership KEEP_ALL = new Ownership(List.of("/"), List.of());

    public Ownership {
        keptSubtrees = clean(keptSubtrees);
        keptEntries = clean(keptEntries);
    }

    private static List<String> clean(List<String> paths) {
        List<String> out = new ArrayList<>(paths.size());
        for (String p : paths) {
            String s = ("/" + p).replaceAll("/+", "/");
            out.add(s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
        }
        return List.copyOf(out);
    }

    /** Keeps the owners at and below each of {@code paths} (image paths; the leading {@code /} is optional). */
    public static Ownership keepUnder(List<String> paths) {
        return new Ownership(paths, List.of());
    }

    /** Keeps the owners of exactly the entries at {@code paths}. */
    public static Ownership keepEntries(List<String> paths) {
        return new Ownership(List.of(), paths);
    }

    /** What this policy keeps and what {@code more} keeps. */
    public Ownership and(Ownership more) {
        List<String> subtrees = new ArrayList<>(keptSubtrees);
        subtrees.addAll(more.keptSubtrees);
        List<String> entries = new ArrayList<>(keptEntries);
        entries.addAll(more.keptEntries);
        return new Ownership(subtrees, entries);
    }

    /** Whether the entry at {@code imagePath} ({@code ""} or {@code "/"} for the root) keeps its owner. */
    public boolean keeps(String imagePath) {
        String p = imagePath.isEmpty() ? "/" : imagePath;
        for (String k : keptSubtrees) {
            if (k.equals("/") || p.equals(k) || p.startsWith(k + "/")) {
                return true;
            }
        }
        return keptEntries.contains(p);
    }
}
