package org.nixj.image.iso;

import java.util.ArrayList;
import java.util.List;
import org.nixj.image.tree.Directory;
import org.nixj.image.tree.FsNode;
import org.nixj.image.tree.RegularFile;

/**
 * One entry of the image during layout: the tree node, its names in both trees, its Rock Ridge areas and,
 * once laid out, where its data or directory extents are. The boot catalog is a node without a tree node.
 */
final class IsoNode {
    enum Kind { DIRECTORY, FILE, SYMLINK, DEVICE, CATALOG }

    final FsNode fs;
    final Kind kind;
    final String path;
    final IsoNode parent;
    final List<IsoNode> children = new ArrayList<>();
    final List<IsoNode> jolietChildren = new ArrayList<>();
    byte[] primaryId;
    byte[] jolietId;
    long serial;

    /** Rock Ridge of this node's record in its parent, of its "." record, and of its ".." record. */
    SystemUseArea asChild;
    SystemUseArea self;
    SystemUseArea dotDot;

    long dataLba;
    byte[] patchedBootImage;
    long dirLba;
    long dirSize;
    long jolietDirLba;
    long jolietDirSize;
    int pathNumber;
    int jolietPathNumber;

    IsoNode(FsNode fs, Kind kind, String path, IsoNode parent) {
        this.fs = fs;
        this.kind = kind;
        this.path = path;
        this.parent = parent;
    }

    static Kind kindOf(FsNode n) {
        return switch (n) {
            case Directory d -> Kind.DIRECTORY;
            case RegularFile f -> Kind.FILE;
            case org.nixj.image.tree.Symlink s -> Kind.SYMLINK;
            case org.nixj.image.tree.DeviceNode d -> Kind.DEVICE;
        };
    }

    boolean isDirectory() {
        return kind == Kind.DIRECTORY;
    }

    /** The bytes the node's extent holds (0 for links and devices). */
    long size() {
        return switch (kind) {
            case FILE -> ((RegularFile) fs).size();
            case CATALOG -> VolumeDescriptor.SECTOR;
            default -> 0;
        };
    }

    /** Whether the node has data extents of its own. */
    boolean hasData() {
        return (kind == Kind.FILE || kind == Kind.CATALOG) && size() > 0;
    }

    /** The node's own directory (for "." and ".." records): itself, and the root's parent is the root. */
    IsoNode parentOrSelf() {
        return parent == null ? this : parent;
    }
}
