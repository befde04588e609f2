package org.nixj.build.debian;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The file {@code nix-support/debian/ownership} of an unpacked Debian package ({@link UnpackDebBuilder}): the
 * owners and modes the store cannot keep, one line per path, {@code MODE UID GID USER GROUP PATH}. {@code MODE}
 * is four octal digits (permissions with the setuid, setgid and sticky bits), {@code PATH} is relative to the
 * package's store path and runs to the end of the line, with {@code \} and newline written as {@code \\} and
 * {@code \n}. Lines are sorted by path. The image writer reads it with {@link #parse}.
 */
public final class OwnershipFile {
    private OwnershipFile() {
    }

    /**
     * One path's owner and mode.
     *
     * @param mode the permission bits with setuid (04000), setgid (02000) and sticky (01000)
     * @param uid the owner's id
     * @param gid the group's id
     * @param user the owner's name as the package gives it (the id in decimal when it gives none)
     * @param group the group's name likewise
     * @param path the path relative to the package's store path
     */
    public record Entry(int mode, long uid, long gid, String user, String group, String path) {
        /** The entry's line, without the newline. */
        public String line() {
            return String.format("%04o %d %d %s %s %s", mode, uid, gid, user, group,
                    path.replace("\\", "\\\\").replace("\n", "\\n"));
        }
    }

    /** The file's text for {@code entries}: sorted by path, one line each. */
    public static String format(List<Entry> entries) {
        StringBuilder text = new StringBuilder();
        entries.stream().sorted(Comparator.comparing(Entry::path))
                .forEach(entry -> text.append(entry.line()).append('\n'));
        return text.toString();
    }

    /**
     * Reads the file's {@code text}; {@code source} names it in messages.
     *
     * @throws DebianFormatException for a line that is not an entry ({@code FILE:LINE: ...})
     */
    public static List<Entry> parse(String text, String source) throws DebianFormatException {
        List<Entry> entries = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\n")) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split(" ", 6);
            try {
                if (fields.length < 6 || !fields[0].matches("[0-7]{4}") || fields[5].isEmpty()) {
                    throw new IllegalArgumentException();
                }
                entries.add(new Entry(Integer.parseInt(fields[0], 8), Long.parseLong(fields[1]),
                        Long.parseLong(fields[2]), fields[3], fields[4], unescape(fields[5])));
            } catch (IllegalArgumentException e) {
                throw new DebianFormatException(source + ":" + number + ": expected 'MODE UID GID USER GROUP PATH', got '"
                        + line + "'");
            }
        }
        return entries;
    }

    private static String unescape(String path) {
        StringBuilder out = new StringBuilder();
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
