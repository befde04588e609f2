package org.nixj.image.tree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nixj.image.io.ImageException;
import org.nixj.image.io.IoErrors;

/**
 * Entries stated one per line, in the Linux kernel's {@code gen_init_cpio} list syntax, so that an image can
 * hold device nodes, fifos and files with chosen modes and owners without root on the build host:
 *
 * <pre>
 * # comment
 * dir   /dev 0755 0 0
 * nod   /dev/console 0600 0 0 c 5 1
 * nod   /dev/loop0 0660 0 6 b 7 0
 * pipe  /run/initctl 0600 0 0
 * sock  /run/sock 0777 0 0
 * slink /bin/sh busybox 0777 0 0
 * file  /etc/shadow ./shadow 0640 0 42
 * </pre>
 *
 * Modes are octal permission bits (setuid, setgid and sticky included); owners are numeric. A {@code file}'s
 * source is read at write time like any other; a relative source is relative to the working directory, as
 * for {@code gen_init_cpio}. The owners stated here are the entries' owners in the image: {@link #ownership()}
 * keeps them when the tree is made reproducible. A {@code dir} line for a directory that other sources also
 * fill sets its attributes; any other path given twice is an error.
 *
 * @param entries the parsed entries in list order
 */
public record EntryList(List<Entry> entries) {

    /**
     * One line's entry.
     *
     * @param target the path in the image
     * @param node what goes there (its name is the target's last component)
     * @param where {@code file:line} for messages
     */
    public record Entry(String target, FsNode node, String where) {}

    public EntryList {
        entries = List.copyOf(entries);
    }

    /** Reads a list file. */
    public static EntryList read(Path file) throws ImageException {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new ImageException("cannot read the entry list '" + file + "': " + IoErrors.reason(e));
        }
    }

    /** Parses list text; {@code origin} names it in messages ({@code origin:line:column: ...}). */
    public static EntryList parse(String text, String origin) throws ImageException {
        List<Entry> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            Line l = new Line(origin, i + 1, hash >= 0 ? line.substring(0, hash) : line);
            if (!l.words.isEmpty()) {
                out.add(l.entry());
            }
        }
        return new EntryList(out);
    }

    /** Adds every entry to {@code builder}. */
    public void addTo(TreeBuilder builder) throws ImageException {
        for (Entry e : entries) {
            try {
                builder.add(e.target(), e.node());
            } catch (ImageException ex) {
                throw new ImageException(e.where() + ": " + ex.getMessage());
            }
        }
    }

    /** Keeps exactly these entries' owners, as the list states them. */
    public Ownership ownership() {
        return Ownership.keepEntries(entries.stream().map(Entry::target).toList());
    }

    /** One line split into words, each remembering its column for messages. */
    private static final class Line {
        final String origin;
        final int number;
        final List<String> words = new ArrayList<>();
        final List<Integer> columns = new ArrayList<>();

        Line(String origin, int number, String text) {
            this.origin = origin;
            this.number = number;
            int i = 0;
            while (i < text.length()) {
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    words.add(text.substring(start, i));
                    columns.add(start + 1);
                }
            }
        }

        Entry entry() throws ImageException {
            String kind = words.get(0);
            return switch (kind) {
                case "dir" -> {
                    arity(5, "dir NAME MODE UID GID");
                    yield entry(new Directory(base(), attributes(2), List.of()));
                }
                case "nod" -> {
                    arity(8, "nod NAME MODE UID GID b|c MAJOR MINOR");
                    DeviceNode.Kind k = switch (words.get(5)) {
                        case "c" -> DeviceNode.Kind.CHARACTER;
                        case "b" -> DeviceNode.Kind.BLOCK;
                        default -> throw error(5, "device type must be 'b' or 'c', not '" + words.get(5) + "'");
                    };
                    yield entry(new DeviceNode(base(), attributes(2), k, decimal(6, 0xfff), decimal(7, 0xfffff)));
                }
                case "pipe", "sock" -> {
                    arity(5, kind + " NAME MODE UID GID");
                    DeviceNode.Kind k = kind.equals("pipe") ? DeviceNode.Kind.FIFO : DeviceNode.Kind.SOCKET;
                    yield entry(new DeviceNode(base(), attributes(2), k, 0, 0));
                }
                case "slink" -> {
                    arity(6, "slink NAME TARGET MODE UID GID");
                    yield entry(new Symlink(base(), attributes(3), words.get(2)));
                }
                case "file" -> {
                    if (words.size() > 6) {
                        throw error(6, "hard links are not supported");
                    }
                    arity(6, "file NAME SOURCE MODE UID GID");
                    Path source = Path.of(words.get(2));
                    if (!Files.isRegularFile(source)) {
                        throw error(2, "'" + source + "' is not a regular file");
                    }
                    long size;
                    try {
                        size = Files.size(source);
                    } catch (IOException e) {
                        throw error(2, "cannot read '" + source + "': " + IoErrors.reason(e));
                    }
                    yield entry(new RegularFile(base(), attributes(3), new FileContent.FromPath(source, size)));
                }
                default -> throw error(0, "unknown entry type '" + kind + "'; expected dir, nod, pipe, sock, slink or file");
            };
        }

        private Entry entry(FsNode node) {
            return new Entry(words.get(1), node, origin + ":" + number);
        }

        private String base() throws ImageException {
            String target = words.get(1);
            String[] parts = target.split("/+");
            String name = parts.length == 0 ? "" : parts[parts.length - 1];
            if (!target.startsWith("/") || name.isEmpty() || name.equals(".") || name.equals("..")) {
                throw error(1, "the name must be an absolute path below the root, not '" + target + "'");
            }
            return name;
        }

        private Attributes attributes(int at) throws ImageException {
            int mode;
            try {
                mode = Integer.parseInt(words.get(at), 8);
            } catch (NumberFormatException e) {
                throw error(at, "the mode must be octal, not '" + words.get(at) + "'");
            }
            if (mode < 0 || mode > 07777) {
                throw error(at, "the mode must be permission bits from 0 to 7777, not '" + words.get(at) + "'");
            }
            return new Attributes(mode, decimal(at + 1, Integer.MAX_VALUE), decimal(at + 2, Integer.MAX_VALUE), 0);
        }

        private int decimal(int at, int max) throws ImageException {
            try {
                int v = Integer.parseInt(words.get(at));
                if (v >= 0 && v <= max) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error(at, "expected a number from 0 to " + max + ", not '" + words.get(at) + "'");
        }

        private void arity(int n, String usage) throws ImageException {
            if (words.size() != n) {
                throw error(Math.min(words.size(), n) - 1, "expected '" + usage + "' (" + n + " words), found " + words.size());
            }
        }

        private ImageException error(int word, String message) {
            return new ImageException(origin + ":" + number + ":" + columns.get(Math.max(0, Math.min(word, columns.size() - 1))) + ": " + message);
        }
    }
}
