package org.nixj.build.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.nixj.build.builder.BuildFailure;
import org.nixj.build.builder.Ownership;

/**
 * The owners and modes a store object's files must have in an image, which the store itself cannot keep
 * (nixj writes its store without root, and canonicalises modes to {@code 0444} and {@code 0555} as Nix does):
 * what the object's builder recorded in its {@link Ownership} file (Debian's setuid and setgid programs,
 * {@code /etc/shadow} as {@code root:shadow 0640}), by path relative to the object.
 */
final class FileOwners {
    /** The mode and owner of one entry. */
    record Entry(int mode, int uid, int gid) {}

    private FileOwners() {}

    /** The records of the object at {@code object} (on disk), by path relative to it; empty when it has none. */
    static Map<String, Entry> read(Path object, String logical) throws BuildFailure {
        Map<String, Entry> entries = new TreeMap<>();
        try {
            for (Ownership recorded : Ownership.read(object)) {
                entries.put(recorded.path(), new Entry(recorded.mode(), recorded.uid(), recorded.gid()));
            }
        } catch (IOException e) {
            throw new BuildFailure(logical + ": " + e.getMessage());
        }
        return entries;
    }
}
