package org.nixj.image.tree;

/** A regular file whose bytes come from {@link FileContent}, read only when a writer copies them. */
public record RegularFile(String name, Attributes attributes, FileContent content) implements FsNode {
    @Override
    public RegularFile withAttributes(Attributes a) {
        return new RegularFile(name, a, content);
    }

    @Override
    public int typeBits() {
        return S_IFREG;
    }

    /** The file's size in bytes. */
    public long size() {
        return content.size();
    }
}
