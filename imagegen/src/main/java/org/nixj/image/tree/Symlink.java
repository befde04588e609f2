package org.nixj.image.tree;

import org.nixj.os.OsText;

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
        return OsText.encode(target);
    }
}
