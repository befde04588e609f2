package org.nixj.image.tree;

import java.util.ArrayList;
import java.util.List;

/**
 * A directory. Its children are sorted by {@link FsNode#BY_NAME_BYTES} and have distinct names; the
 * constructor enforces both, so every writer walks the same order.
 */
public record Directory(String name, Attributes attributes, List<FsNode> children) implements FsNode {
    public Directory {
        List<FsNode> sorted = new ArrayList<>(children);
        sorted.sort(BY_NAME_BYTES);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).name().equals(sorted.get(i).name())) {
                throw new IllegalArgumentException("duplicate entry '" + sorted.get(i).name() + "' in directory '" + name + "'");
            }
        }
        children = List.copyOf(sorted);
    }

    @Override
    public Directory withAttributes(Attributes a) {
        return new Directory(name, a, children);
    }

    /** This directory with other children (sorted again). */
    public Directory withChildren(List<FsNode> c) {
        return new Directory(name, attributes, c);
    }

    @Override
    public int typeBits() {
        return S_IFDIR;
    }

    /** The child with this name, or null. */
    public FsNode child(String childName) {
        for (FsNode c : children) {
            if (c.name().equals(childName)) {
                return c;
            }
        }
        return null;
    }

    /** The number of subdirectories, for link counts ({@code 2 + subdirectories}). */
    public int subdirectoryCount() {
        int n = 0;
        for (FsNode c : children) {
            if (c instanceof Directory) {
                n++;
            }
        }
        return n;
    }
}
