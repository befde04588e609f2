package org.nixj.image.tree;

/** A character or block device, a FIFO or a socket (the last two have major and minor 0). */
public record DeviceNode(String name, Attributes attributes, Kind kind, int major, int minor) implements FsNode {

    /** The special file kinds. */
    public enum Kind {
        CHARACTER(S_IFCHR), BLOCK(S_IFBLK), FIFO(S_IFIFO), SOCKET(S_IFSOCK);

        final int typeBits;

        Kind(int typeBits) {
            this.typeBits = typeBits;
        }
    }

    @Override
    public DeviceNode withAttributes(Attributes a) {
        return new DeviceNode(name, a, kind, major, minor);
    }

    @Override
    public int typeBits() {
        return kind.typeBits;
    }
}
