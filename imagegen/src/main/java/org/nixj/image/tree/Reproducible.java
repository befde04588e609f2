package org.nixj.image.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nixj.image.io.ImageException;

/**
 * Makes a tree reproducible before any layout: every timestamp becomes the chosen epoch, and owners become
 * root except where an {@link Ownership} keeps them. Writers then depend only on names, modes, owners,
 * contents and that epoch.
 */
public final class Reproducible {
    /**
     * The epoch used when neither an option nor {@code SOURCE_DATE_EPOCH} gives one: 1980-01-01T00:00:00Z,
     * the value nixpkgs' stdenv sets, and the earliest date FAT can store.
     */
    public static final long DEFAULT_EPOCH = 315532800L;

    private Reproducible() {}

    /** The epoch from {@code SOURCE_DATE_EPOCH} in {@code env}, else {@link #DEFAULT_EPOCH}. */
    public static long epochFrom(Map<String, String> env) throws ImageException {
        String v = env.get("SOURCE_DATE_EPOCH");
        return v == null || v.isEmpty() ? DEFAULT_EPOCH : parseEpoch(v, "SOURCE_DATE_EPOCH");
    }

    /** Parses a non-negative decimal number of seconds; {@code what} names its origin in the error. */
    public static long parseEpoch(String v, String what) throws ImageException {
        try {
            long t = Long.parseLong(v.trim());
            if (t < 0 || t > 0xffffffffL) {
                throw new NumberFormatException();
            }
            return t;
        } catch (NumberFormatException e) {
            throw new ImageException(what + " must be a whole number of seconds since 1970 below 2^32, not '" + v + "'");
        }
    }

    /**
     * The tree with all mtimes set to {@code epoch}, and owners set to 0:0 when {@code rootOwned} (else
     * kept). Same as {@link #normalise(Directory, long, Ownership)} with {@link Ownership#ALL_ROOT} or
     * {@link Ownership#KEEP_ALL}.
     */
    public static Directory normalise(Directory root, long epoch, boolean rootOwned) {
        return normalise(root, epoch, rootOwned ? Ownership.ALL_ROOT : Ownership.KEEP_ALL);
    }

    /**
     * The tree with all mtimes set to {@code epoch} and every owner set to 0:0 except where
     * {@code ownership} keeps it. Permission bits are never changed.
     */
    public static Directory normalise(Directory root, long epoch, Ownership ownership) {
        return (Directory) normalise(root, "", epoch, ownership);
    }

    private static FsNode normalise(FsNode n, String path, long epoch, Ownership ownership) {
        Attributes a = n.attributes().withMtime(epoch);
        if (!ownership.keeps(path)) {
            a = a.withOwner(0, 0);
        }
        if (n instanceof Directory d) {
            List<FsNode> kids = new ArrayList<>(d.children().size());
            for (FsNode c : d.children()) {
                kids.add(normalise(c, path + "/" + c.name(), epoch, ownership));
            }
            return new Directory(d.name(), a, kids);
        }
        return n.withAttributes(a);
    }
}
