package org.nixj.build.builder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The owners and modes of a store object's files that the store itself cannot keep: a Nix store holds every
 * file as root's, read-only, without setuid or setgid bits, while a system built from Debian's packages needs
 * {@code unix_chkpwd} setgid {@code shadow} and {@code /etc/shadow} {@code root:shadow 0640}. A builder that
 * knows such facts records them in {@link #FILE} inside its output; whoever writes an image (the squashfs of
 * the system's closure) applies them. Files it does not list are root's, with the store's modes.
 *
 * <p>The file has one line per entry, sorted by path: {@code <mode> <uid> <gid> <path>}, the mode in octal with
 * its setuid/setgid/sticky digit ({@code 2755}), the path relative to the output's top ({@code usr/bin/chage}).
 *
 * @param path the file's path inside the output, without a leading slash
 * @param mode its permission bits, with setuid (04000), setgid (02000) and sticky (01000)
 */
public record Ownership(String path, int mode, int uid, int gid) {
    /** Where the entries are kept inside an output. */
    public static final String FILE = "nix-support/nixj-ownership";

    public Ownership {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\n")) {
            throw new IllegalArgumentException("'" + path + "' is not a path inside an output");
        }
        if (mode < 0 || mode > 07777 || uid < 0 || gid < 0) {
            throw new IllegalArgumentException("bad mode or owner for '" + path + "'");
        }
    }

    /** Writes {@code entries} into the output at {@code output} (nothing when there are none). */
    public static void write(Path output, List<Ownership> entries) throws IOException {
        if (entries.isEmpty()) {
            return;
        }
        List<Ownership> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Ownership::path));
        StringBuilder text = new StringBuilder();
        for (Ownership entry : sorted) {
            text.append(String.format("%04o %d %d %s%n", entry.mode, entry.uid, entry.gid, entry.path));
        }
        Path file = output.resolve(FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /**
     * The entries recorded in the store object on disk at {@code object}; empty when it records none.
     *
     * @throws IOException when the file is there but not in this format
     */
    public static List<Ownership> read(Path object) throws IOException {
        Path file = object.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Ownership> entries = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] fields = line.split(" ", 4);
            try {
                entries.add(new Ownership(fields[3], Integer.parseInt(fields[0], 8), Integer.parseInt(fields[1]),
                        Integer.parseInt(fields[2])));
            } catch (RuntimeException e) {
                throw new IOException("'" + file + "' has a line that is not '<mode> <uid> <gid> <path>': " + line);
            }
        }
        return entries;
    }
}
