package org.nixj.image.tree;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nixj.image.io.ImageException;
import org.nixj.image.io.IoErrors;
import org.nixj.os.FileNames;

/**
 * Assembles a {@link Directory} tree from directories on disk, NixOS-style {@code target=source} entries
 * and generated entries, then {@link #build()}s it. Missing parent directories are created with mode 0755;
 * two sources for the same path are an error naming both, except that directories merge.
 *
 * <p>Attributes (mode, owner, mtime, device numbers) come from {@code lstat}; symlinks inside a copied
 * directory stay symlinks, while a {@code source} that is itself a symlink is followed, as NixOS's
 * {@code contents} expects store paths.
 */
public final class TreeBuilder {
    private static final Attributes DEFAULT_DIR = Attributes.root(0755);

    private final MutableDir root = new MutableDir(DEFAULT_DIR, "/");

    /** Adds every entry below {@code dir} at the image root, keeping the root's attributes from {@code dir}. */
    public TreeBuilder addDirectoryContents(Path dir) throws ImageException {
        requireDirectory(dir);
        root.attributes = readAttributes(dir, true);
        root.origin = dir.toString();
        copyChildren(dir, root, "");
        return this;
    }

    /**
     * Adds {@code source} (a file, symlink target or directory tree) at {@code target}, a path in the image
     * such as {@code /isolinux/isolinux.bin}.
     */
    public TreeBuilder addContents(String target, Path source) throws ImageException {
        List<String> parts = splitTarget(target);
        if (!Files.exists(source)) {
            throw new ImageException("cannot add '" + source + "' as '" + target + "': it does not exist");
        }
        if (parts.isEmpty()) {
            if (!Files.isDirectory(source)) {
                throw new ImageException("cannot add '" + source + "' as the image root: it is not a directory");
            }
            return addDirectoryContents(source);
        }
        MutableDir parent = parentOf(parts, target);
        String name = parts.get(parts.size() - 1);
        if (Files.isDirectory(source)) {
            MutableDir d = parent.directory(name, readAttributes(source, true), source.toString(), target);
            copyChildren(source, d, String.join("/", parts));
        } else {
            parent.put(name, readNode(source, name, true), source.toString(), target);
        }
        return this;
    }

    /** Parses and adds a {@code target=source} entry. */
    public TreeBuilder addContentsSpec(String spec) throws ImageException {
        int eq = spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new ImageException("bad contents entry '" + spec + "': expected TARGET=SOURCE, e.g. /isolinux/isolinux.bin=./isolinux.bin");
        }
        return addContents(spec.substring(0, eq), Path.of(spec.substring(eq + 1)));
    }

    /** Adds a generated node at {@code target} (its name is replaced by the target's last component). */
    public TreeBuilder add(String target, FsNode node) throws ImageException {
        List<String> parts = splitTarget(target);
        if (parts.isEmpty()) {
            throw new ImageException("cannot add a generated entry as the image root");
        }
        String name = parts.get(parts.size() - 1);
        MutableDir parent = parentOf(parts, target);
        if (node instanceof Directory d) {
            MutableDir m = parent.directory(name, d.attributes(), "generated " + target, target);
            for (FsNode c : d.children()) {
                add(target.replaceAll("/+$", "") + "/" + c.name(), c);
            }
            m.attributes = d.attributes();
        } else {
            parent.put(name, rename(node, name), "generated " + target, target);
        }
        return this;
    }

    /** The finished tree; the builder can go on being used. */
    public Directory build() {
        return root.freeze("");
    }

    private MutableDir parentOf(List<String> parts, String target) throws ImageException {
        MutableDir d = root;
        String from = "the directories leading to '" + target + "'";
        for (int i = 0; i < parts.size() - 1; i++) {
            d = d.directory(parts.get(i), null, from, String.join("/", parts.subList(0, i + 1)));
        }
        return d;
    }

    private void copyChildren(Path dir, MutableDir into, String imagePath) throws ImageException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                entries.add(p);
            }
        } catch (IOException e) {
            throw new ImageException("cannot read directory '" + dir + "': " + describe(e));
        }
        entries.sort(null);
        for (Path p : entries) {
            String name = FileNames.name(p);
            String target = imagePath + "/" + name;
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                MutableDir d = into.directory(name, readAttributes(p, false), p.toString(), target);
                copyChildren(p, d, target);
            } else {
                into.put(name, readNode(p, name, false), p.toString(), target);
            }
        }
    }

    private static FsNode readNode(Path p, String name, boolean follow) throws ImageException {
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        try {
            Map<String, Object> a = Files.readAttributes(p, "unix:mode,uid,gid,lastModifiedTime,size,rdev", opts);
            int mode = (Integer) a.get("mode");
            Attributes attrs = attributesOf(a);
            return switch (mode & 0170000) {
                case FsNode.S_IFREG -> new RegularFile(name, attrs, new FileContent.FromPath(p, (Long) a.get("size")));
                case FsNode.S_IFLNK -> new Symlink(name, attrs, FileNames.text(Files.readSymbolicLink(p)));
                case FsNode.S_IFCHR, FsNode.S_IFBLK, FsNode.S_IFIFO, FsNode.S_IFSOCK -> device(name, attrs, mode, (Long) a.get("rdev"));
                default -> throw new ImageException("cannot add '" + p + "': unsupported file type (mode " + Integer.toOctalString(mode) + ")");
            };
        } catch (ImageException e) {
            throw e;
        } catch (IOException e) {
            throw new ImageException("cannot read '" + p + "': " + describe(e));
        }
    }

    private static DeviceNode device(String name, Attributes attrs, int mode, long rdev) {
        DeviceNode.Kind kind = switch (mode & 0170000) {
            case FsNode.S_IFCHR -> DeviceNode.Kind.CHARACTER;
            case FsNode.S_IFBLK -> DeviceNode.Kind.BLOCK;
            case FsNode.S_IFIFO -> DeviceNode.Kind.FIFO;
            default -> DeviceNode.Kind.SOCKET;
        };
        // glibc's gnu_dev_major/minor split of a 64-bit dev_t.
        int major = (int) (((rdev >>> 8) & 0xfff) | ((rdev >>> 32) & ~0xfffL));
        int minor = (int) ((rdev & 0xff) | ((rdev >>> 12) & ~0xffL));
        return new DeviceNode(name, attrs, kind, major, minor);
    }

    private static Attributes readAttributes(Path p, boolean follow) throws ImageException {
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        try {
            return attributesOf(Files.readAttributes(p, "unix:mode,uid,gid,lastModifiedTime", opts));
        } catch (IOException e) {
            throw new ImageException("cannot read '" + p + "': " + describe(e));
        }
    }

    private static Attributes attributesOf(Map<String, Object> a) {
        return new Attributes((Integer) a.get("mode") & 07777, (Integer) a.get("uid"), (Integer) a.get("gid"),
                ((FileTime) a.get("lastModifiedTime")).toMillis() / 1000);
    }

    private static void requireDirectory(Path dir) throws ImageException {
        if (!Files.isDirectory(dir)) {
            throw new ImageException("cannot read directory '" + dir + "': " + (Files.exists(dir) ? "it is not a directory" : "it does not exist"));
        }
    }

    private static List<String> splitTarget(String target) throws ImageException {
        List<String> parts = new ArrayList<>();
        for (String s : target.split("/+")) {
            if (s.isEmpty()) {
                continue;
            }
            if (s.equals(".") || s.equals("..")) {
                throw new ImageException("bad image path '" + target + "': '.' and '..' are not allowed");
            }
            parts.add(s);
        }
        return parts;
    }

    private static FsNode rename(FsNode n, String name) {
        return switch (n) {
            case Directory d -> new Directory(name, d.attributes(), d.children());
            case RegularFile f -> new RegularFile(name, f.attributes(), f.content());
            case Symlink s -> new Symlink(name, s.attributes(), s.target());
            case DeviceNode d -> new DeviceNode(name, d.attributes(), d.kind(), d.major(), d.minor());
        };
    }

    private static String describe(IOException e) {
        return e instanceof NoSuchFileException ? "it does not exist" : IoErrors.reason(e);
    }

    /** A directory while it is being filled; each entry remembers where it came from for conflict messages. */
    private static final class MutableDir {
        Attributes attributes;
        String origin;
        final Map<String, Object> children = new TreeMap<>();
        final Map<String, String> origins = new TreeMap<>();

        MutableDir(Attributes attributes, String origin) {
            this.attributes = attributes;
            this.origin = origin;
        }

        MutableDir directory(String name, Attributes attrs, String from, String target) throws ImageException {
            Object existing = children.get(name);
            if (existing instanceof MutableDir d) {
                if (attrs != null) {
                    d.attributes = attrs;
                }
                return d;
            }
            if (existing != null) {
                throw conflict(name, from, target);
            }
            MutableDir d = new MutableDir(attrs == null ? DEFAULT_DIR : attrs, from);
            children.put(name, d);
            origins.put(name, from);
            return d;
        }

        void put(String name, FsNode node, String from, String target) throws ImageException {
            if (children.containsKey(name)) {
                throw conflict(name, from, target);
            }
            children.put(name, node);
            origins.put(name, from);
        }

        private ImageException conflict(String name, String from, String target) {
            return new ImageException("two sources for '" + target + "': " + quoted(origins.get(name)) + " and " + quoted(from));
        }

        /** A source path is quoted; a description of a source ("the directories leading to ...") is not. */
        private static String quoted(String origin) {
            return origin.startsWith("the directories leading to ") ? origin : "'" + origin + "'";
        }

        Directory freeze(String name) {
            List<FsNode> out = new ArrayList<>(children.size());
            for (var e : children.entrySet()) {
                out.add(e.getValue() instanceof MutableDir d ? d.freeze(e.getKey()) : (FsNode) e.getValue());
            }
            return new Directory(name, attributes, out);
        }
    }
}
