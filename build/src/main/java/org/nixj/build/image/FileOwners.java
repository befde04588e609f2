package org.nixj.build.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.nixj.build.builder.BuildFailure;
import org.nixj.build.builder.Ownership;
import org.nixj.build.debian.UnpackDebBuilder;

/**
 * The owners and modes a store object's files must have in an image, which the store itself cannot keep
 * (nixj writes its store without root, and canonicalises modes to {@code 0444} and {@code 0555} as Nix does).
 * Two builders record them inside their outputs: nixj's own ({@link Ownership#FILE}, {@code MODE UID GID PATH},
 * e.g. {@code /etc/shadow} as {@code root:shadow 0640}) and the Debian unpacker ({@link
 * UnpackDebBuilder#OWNERSHIP_FILE}, {@code MODE UID GID USER GROUP PATH} with {@code \\} and {@code \n} escaped
 * in the path, e.g. {@code su} 4755 and {@code unix_chkpwd} 2755 root:42). Both are read; the numeric ids are
 * what an image stores.
 */
final class FileOwners {
    /** The mode and owner of one entry. */
    record Entry(int mode, int uid, int gid) {}

    private FileOwners() {}

    /** The records of the object at {@code object} (on disk), by path relative to it; empty when it has none. */
    static Map<String, Entry> read(Path object, String logical) throws BuildFailure, IOException {
        Map<String, Entry> entries = new TreeMap<>();
        try {
            for (Ownership recorded : Ownership.read(object)) {
                entries.put(recorded.path(), new Entry(recorded.mode(), recorded.uid(), recorded.gid()));
            }
        } catch (IOException e) {
            throw new BuildFailure(logical + ": " + e.getMessage());
        }
        Path debian = object.resolve(UnpackDebBuilder.OWNERSHIP_FILE);
        if (Files.isRegularFile(debian)) {
            int number = 0;
            for (String line : Files.readAllLines(debian, StandardCharsets.UTF_8)) {
                number++;
                if (!line.isEmpty()) {
                    readDebianLine(line, entries, logical + "/" + UnpackDebBuilder.OWNERSHIP_FILE + ":" + number);
                }
            }
        }
        return entries;
    }

    private static void readDebianLine(String line, Map<String, Entry> entries, String where) throws BuildFailure {
        String[] fields = line.split(" ", 6);
        try {
            if (fields.length < 6 || fields[5].isEmpty()) {
                throw new NumberFormatException();
            }
            int mode = Integer.parseInt(fields[0], 8);
            int uid = Integer.parseInt(fields[1]);
            int gid = Integer.parseInt(fields[2]);
            if ((mode & ~07777) != 0 || uid < 0 || gid < 0) {
                throw new NumberFormatException();
            }
            entries.put(unescape(fields[5]), new Entry(mode, uid, gid));
        } catch (NumberFormatException e) {
            throw new BuildFailure(where + ": expected 'MODE UID GID USER GROUP PATH' (mode in octal), not '" + line + "'");
        }
    }

    /** The path as written: {@code \\} for a backslash, {@code \n} for a newline. */
    private static String unescape(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' && i + 1 < path.length()) {
                char next = path.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
