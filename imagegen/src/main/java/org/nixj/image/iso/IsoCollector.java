package org.nixj.image.iso;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nixj.image.io.ImageException;
import org.nixj.image.tree.Attributes;
import org.nixj.image.tree.DeviceNode;
import org.nixj.image.tree.Directory;
import org.nixj.image.tree.FsNode;
import org.nixj.image.tree.Symlink;

/**
 * The collect phase: turns the tree into {@link IsoNode}s with primary and Joliet names (sorted as each
 * tree requires), the boot catalog's node, serial numbers, and the Rock Ridge entries of every record
 * split between record and continuation areas.
 */
final class IsoCollector {
    private final IsoOptions options;
    private long serial;

    IsoCollector(IsoOptions options) {
        this.options = options;
    }

    /** The root node of the collected tree. */
    IsoNode collect(Directory root) throws ImageException {
        IsoNode r = new IsoNode(root, IsoNode.Kind.DIRECTORY, "", null);
        r.primaryId = DirectoryRecord.SELF;
        r.jolietId = DirectoryRecord.SELF;
        build(r, root);
        if (options.elTorito()) {
            addCatalog(r);
        }
        rockRidge(r);
        return r;
    }

    private void build(IsoNode node, Directory dir) throws ImageException {
        node.serial = ++serial;
        IsoNames names = new IsoNames();
        for (FsNode c : dir.children()) {
            String path = node.path + "/" + c.name();
            if (c.nameBytes().length > 255) {
                throw new ImageException("cannot put '" + path + "' in an ISO image: Rock Ridge names are limited to 255 bytes");
            }
            IsoNode child = new IsoNode(c, IsoNode.kindOf(c), path, node);
            child.primaryId = names.primary(c.name(), child.isDirectory());
            child.jolietId = names.joliet(c.name());
            node.children.add(child);
            if (c instanceof Directory d) {
                build(child, d);
            } else {
                child.serial = ++serial;
            }
        }
        sortChildren(node);
    }

    private static void sortChildren(IsoNode node) {
        node.children.sort(Comparator.comparing((IsoNode n) -> n.primaryId, IsoNames.PRIMARY_ORDER));
        node.jolietChildren.clear();
        for (IsoNode c : node.children) {
            // Joliet has no links or devices; those exist only in the Rock Ridge view.
            if (c.kind != IsoNode.Kind.SYMLINK && c.kind != IsoNode.Kind.DEVICE) {
                node.jolietChildren.add(c);
            }
        }
        node.jolietChildren.sort(Comparator.comparing((IsoNode n) -> n.jolietId, IsoNames.JOLIET_ORDER));
    }

    private void addCatalog(IsoNode root) throws ImageException {
        String[] parts = options.bootCatalog().replaceAll("^/+", "").split("/");
        IsoNode dir = root;
        for (int i = 0; i < parts.length - 1; i++) {
            dir = find(dir, parts[i]);
            if (dir == null || !dir.isDirectory()) {
                throw new ImageException("the boot catalog path '" + options.bootCatalog() + "' needs directory '" + parts[i] + "' in the tree");
            }
        }
        String name = parts[parts.length - 1];
        if (find(dir, name) != null) {
            throw new ImageException("the boot catalog path '" + options.bootCatalog() + "' is already taken by a file in the tree");
        }
        IsoNode cat = new IsoNode(null, IsoNode.Kind.CATALOG, dir.path + "/" + name, dir);
        IsoNames names = new IsoNames();
        for (IsoNode c : dir.children) {
            names.primary(c.fs.name(), c.isDirectory());
            names.joliet(c.fs.name());
        }
        cat.primaryId = names.primary(name, false);
        cat.jolietId = names.joliet(name);
        cat.serial = ++serial;
        dir.children.add(cat);
        sortChildren(dir);
    }

    /** The child of {@code dir} named {@code name}, or null. */
    static IsoNode find(IsoNode dir, String name) {
        for (IsoNode c : dir.children) {
            if (c.fs != null && c.fs.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    // ---- Rock Ridge ----

    private void rockRidge(IsoNode dir) {
        IsoNode parent = dir.parentOrSelf();
        List<byte[]> self = new ArrayList<>();
        if (dir.parent == null) {
            self.add(SuspEntry.sp());
        }
        self.add(px(dir));
        self.add(SuspEntry.tf(dir.fs.attributes().mtime()));
        if (dir.parent == null) {
            self.add(SuspEntry.er());
        }
        dir.self = new SystemUseArea(self, capacity(1));
        dir.dotDot = new SystemUseArea(List.of(px(parent), SuspEntry.tf(parent.fs.attributes().mtime())), capacity(1));
        for (IsoNode c : dir.children) {
            List<byte[]> e = new ArrayList<>();
            e.add(px(c));
            e.add(SuspEntry.tf(c.fs == null ? options.epoch() : c.fs.attributes().mtime()));
            e.addAll(SuspEntry.nm(c.fs == null ? c.path.substring(c.path.lastIndexOf('/') + 1) : c.fs.name()));
            if (c.fs instanceof Symlink s) {
                e.addAll(SuspEntry.sl(s.target()));
            } else if (c.fs instanceof DeviceNode d && (d.kind() == DeviceNode.Kind.BLOCK || d.kind() == DeviceNode.Kind.CHARACTER)) {
                // PN holds the two halves of the 64-bit dev_t (glibc's makedev), as mkisofs writes it.
                long dev = ((long) d.major() & 0xfff) << 8 | ((long) d.major() & ~0xfffL) << 32
                        | (d.minor() & 0xffL) | ((long) d.minor() & ~0xffL) << 12;
                e.add(SuspEntry.pn(dev >>> 32, dev & 0xffffffffL));
            }
            c.asChild = new SystemUseArea(e, capacity(c.primaryId.length));
            if (c.isDirectory()) {
                rockRidge(c);
            }
        }
    }

    /** The room left for system use in a record with an identifier of this length. */
    private static int capacity(int identifierLength) {
        return 255 - DirectoryRecord.length(identifierLength, 0);
    }

    private byte[] px(IsoNode n) {
        if (n.kind == IsoNode.Kind.CATALOG) {
            return SuspEntry.px(FsNode.S_IFREG | 0444, 1, 0, 0, n.serial);
        }
        FsNode f = n.fs;
        Attributes a = f.attributes();
        long nlink = f instanceof Directory d ? 2 + d.subdirectoryCount() : 1;
        int mode = options.normaliseRockRidge() ? normalisedMode(f) : f.mode();
        long uid = options.normaliseRockRidge() ? 0 : a.uid();
        long gid = options.normaliseRockRidge() ? 0 : a.gid();
        return SuspEntry.px(mode, nlink, uid, gid, n.serial);
    }

    /**
     * mkisofs/xorriso {@code -r}: everything readable, nothing writable, executable for all when
     * executable for any (always for directories), set-id and sticky bits cleared; links are 0777.
     */
    static int normalisedMode(FsNode f) {
        return switch (f) {
            case Directory d -> FsNode.S_IFDIR | 0555;
            case Symlink s -> FsNode.S_IFLNK | 0777;
            default -> f.typeBits() | ((f.attributes().permissions() & 0111) != 0 ? 0555 : 0444);
        };
    }
}
