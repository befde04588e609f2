package org.nixj.flake;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * What changed between two lock files, in the lines Nix prints after "updating lock file": inputs added,
 * removed and updated, each with its locked reference and date, or whom it follows.
 */
final class LockDiff {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private LockDiff() {}

    /** The changes from {@code old} to {@code updated}, a line each (empty when the inputs are the same). */
    static List<String> lines(LockFile old, LockFile updated) {
        SortedMap<List<String>, LockFile.Edge> before = old.allInputs();
        SortedMap<List<String>, LockFile.Edge> after = updated.allInputs();
        TreeSet<List<String>> paths = new TreeSet<>(LockFile.PATH_ORDER);
        paths.addAll(before.keySet());
        paths.addAll(after.keySet());
        List<String> lines = new ArrayList<>();
        for (List<String> path : paths) {
            String name = LockFile.printInputPath(path);
            LockFile.Edge was = before.get(path);
            LockFile.Edge is = after.get(path);
            if (was == null) {
                lines.add("\u2022 Added input '" + name + "':");
                lines.add("    " + describe(updated, is));
            } else if (is == null) {
                lines.add("\u2022 Removed input '" + name + "'");
            } else {
                String oldText = describe(old, was);
                String newText = describe(updated, is);
                if (!oldText.equals(newText)) {
                    lines.add("\u2022 Updated input '" + name + "':");
                    lines.add("    " + oldText);
                    lines.add("  \u2192 " + newText);
                }
            }
        }
        return lines;
    }

    /** {@code 'path:/a?narHash=...' (2024-01-31)}, or {@code follows 'a/b'}. */
    private static String describe(LockFile lock, LockFile.Edge edge) {
        return switch (edge) {
            case LockFile.Follows follows -> "follows '" + LockFile.printInputPath(follows.path()) + "'";
            case LockFile.NodeRef ref -> {
                SortedMap<String, Object> locked = lock.node(ref.key()).orElseThrow().locked().orElseThrow();
                String date = locked.get("lastModified") instanceof Long time
                        ? " (" + DATE.format(Instant.ofEpochSecond(time)) + ")" : "";
                yield "'" + FlakeRef.fromAttrs(locked) + "'" + date;
            }
        };
    }
}
