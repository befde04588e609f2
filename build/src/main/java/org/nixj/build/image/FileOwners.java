package org.nixj.build.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.nixj.build.builder.BuildFailure;

/**
 * The owners and modes a store object's files had in the package they came from, which the store itself
 * cannot keep (nixj writes its store without root, and store objects are canonicalised to {@code 0444} and
 * {@code 0555} as in Nix). A Debian package unpacked by nixj records them, so that a squashfs of the store
 * gets back {@code su}'s setuid bit and {@code unix_chkpwd}'s group {@code shadow}.
 *
 * <p>The record is the file {@value #FILE} inside the object: one line per entry that is not plain
 * {@code root:root} with the store's mode, {@code MODE UID GID PATH}, the mode in octal (with the setuid,
 * setgid and sticky bits), the path relative to the object (the rest of the line, so it may hold spaces);
 * empty lines and lines starting with {@code #} are skipped.
 */
final class FileOwners {
    /** Where an object keeps the record, beside the other metadata that is not part of a package's tree. */
    static final String FILE = "nix-support/nixj-file-owners";

    /** The mode and owner of one entry. */
    record Entry(int mode, int uid, int gid) {}

    private FileOwners() {}

    /** The record of the object at {@code object} (physical), by relative path; empty when it has none. */
    static Map<String, Entry> read(Path object, String logical) throws BuildFailure, IOException {
        Path file = object.resolve(FILE);
        Map<String, Entry> entries = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(" ", 4);
            try {
                if (fields.length < 4 || fields[3].isEmpty()) {
                    throw new NumberFormatException();
                }
                int mode = Integer.parseInt(fields[0], 8);
                int uid = Integer.parseInt(fields[1]);
                int gid = Integer.parseInt(fields[2]);
                if ((mode & ~07777) != 0 || uid < 0 || gid < 0) {
                    throw new NumberFormatException();
                }
                entries.put(fields[3].replaceAll("^/+|/+$", ""), new Entry(mode, uid, gid));
            } catch (NumberFormatException e) {
                throw new BuildFailure(logical + "/" + FILE + ":" + number + ": expected 'MODE UID GID PATH' (mode in octal), not '"
                        + line + "'");
            }
        }
        return entries;
    }
}
