package org.nixj.image.tree;

import java.nio.charset.StandardCharsets;

/** A symbolic link; the target is stored as given, never resolved. */
public record Symlink(String name, Attributes attributes, String target) implements FsNode {
    @Override
    public Symlink withAttributes(Attributes a) {
        return new Symlink(name, a, target);
    }

    @Override
    public int typeBits() {
        return S_IFLNK;
    }

    public byte[] targetBytes() {
        return target.getBytes(StandardCharsets.UTF_8);
    }
}
