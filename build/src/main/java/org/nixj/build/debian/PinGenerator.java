package org.nixj.build.debian;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * The pin generator: reads apt's package lists, resolves the closure of some root packages ({@link
 * ClosureResolver}) and writes it as a Nix file ({@link PinFile}). {@link #generate} is the Java entry point;
 * {@link #run} parses command-line arguments for a script or a {@code nixj} subcommand:
 * <pre>
 * [--lists FILE|DIR]... [--exclude NAME,...] [--no-default-excludes] [--prefer NAME,...] [--note TEXT]...
 * [-o|--output FILE] ROOT... | @FILE
 * </pre>
 * Without {@code --lists} the lists under {@code /var/lib/apt/lists} are read. {@code @FILE} names a file of
 * roots, one per line ({@code #} starts a comment). The output is written whole or not at all.
 */
public final class PinGenerator {
    private PinGenerator() {
    }

    /**
     * What to pin.
     *
     * @param lists package list files (see {@link PackageLists#read(Path)})
     * @param roots the packages whose closure is pinned
     * @param excluded names left out of closures (usually {@link ClosureResolver#MAINTAINER_SCRIPT_ONLY})
     * @param preferred providers chosen first for virtual packages
     * @param notes extra header lines (where the lists came from, what they lack)
     */
    public record Request(List<Path> lists, Collection<String> roots, Set<String> excluded, List<String> preferred,
                          List<String> notes) {
    }

    /**
     * The pin file's text for {@code request}: the same bytes for the same lists and request.
     *
     * @throws DebianFormatException when a list is malformed
     * @throws ResolutionException when the closure cannot be resolved
     */
    public static String generate(Request request) throws IOException, DebianFormatException, ResolutionException {
        if (request.lists().isEmpty()) {
            throw new ResolutionException("no package lists to read (run 'apt-get update', or give --lists)");
        }
        List<DebianPackage> packages = new ArrayList<>();
        List<Path> lists = request.lists().stream().sorted().toList();
        Optional<Instant> newest = Optional.empty();
        for (Path list : lists) {
            packages.addAll(PackageLists.read(list));
            Optional<Instant> date = PackageLists.releaseDate(list);
            if (date.isPresent() && (newest.isEmpty() || date.get().isAfter(newest.get()))) {
                newest = date;
            }
        }
        ClosureResolver resolver = new ClosureResolver(packages, request.excluded(), request.preferred());
        SortedMap<String, ClosureResolver.Resolved> closure = resolver.resolve(request.roots());
        List<String> header = new ArrayList<>();
        header.add("Debian packages pinned by nixj's pin generator (org.nixj.build.debian.PinGenerator): do not edit;");
        header.add("regenerate with scripts/debian-pins.sh.");
        header.add("");
        header.add("Package lists read: " + String.join(", ", lists.stream().map(p -> p.getFileName().toString()).toList()));
        header.add("Snapshot timestamp (the newest list's Release date): "
                + newest.map(DebianMirrors::snapshotTimestamp).orElse("unknown (no Release file beside the lists)"));
        header.add("Roots: " + String.join(" ", new TreeSet<>(request.roots())));
        header.add("Left out of closures (only maintainer scripts use them): " + String.join(" ", new TreeSet<>(request.excluded())));
        if (!request.preferred().isEmpty()) {
            header.add("Preferred providers: " + String.join(" ", request.preferred()));
        }
        header.addAll(request.notes());
        header.add("");
        header.add("Per package: pname; version (Debian's, epoch included); architecture; filename (the path under the");
        header.add("archive); url (mirror://debian/ or, for pool/updates/, mirror://debian-security/, then filename); size");
        header.add("(bytes) and sha256 (base16) of the .deb; the first line of its description; dependencies (names in");
        header.add("this file: Pre-Depends and Depends as resolved, Recommends not followed).");
        header.add(closure.size() + " packages, " + closure.values().stream().mapToLong(r -> r.pkg().size()).sum()
                + " bytes of .deb files.");
        return PinFile.write(header, closure);
    }

    /**
     * Runs the generator with command-line {@code args}; the Nix file goes to {@code --output} or {@code out},
     * messages to {@code err}.
     *
     * @return the exit status: 0 on success, 1 when the closure or the lists are wrong, 2 for bad arguments
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        List<Path> lists = new ArrayList<>();
        Set<String> roots = new LinkedHashSet<>();
        Set<String> excluded = new TreeSet<>(ClosureResolver.MAINTAINER_SCRIPT_ONLY);
        List<String> preferred = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Path output = null;
        try {
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--lists" -> lists.addAll(listsAt(Path.of(value(args, ++i, arg))));
                    case "--exclude" -> excluded.addAll(names(value(args, ++i, arg)));
                    case "--no-default-excludes" -> excluded.removeAll(ClosureResolver.MAINTAINER_SCRIPT_ONLY);
                    case "--prefer" -> preferred.addAll(names(value(args, ++i, arg)));
                    case "--note" -> notes.add(value(args, ++i, arg));
                    case "-o", "--output" -> output = Path.of(value(args, ++i, arg));
                    default -> {
                        if (arg.startsWith("@")) {
                            roots.addAll(rootsFile(Path.of(arg.substring(1))));
                        } else if (arg.startsWith("-")) {
                            throw new IllegalArgumentException("unknown option '" + arg + "'");
                        } else {
                            roots.add(arg);
                        }
                    }
                }
            }
            if (roots.isEmpty()) {
                throw new IllegalArgumentException("no root packages given");
            }
            if (lists.isEmpty()) {
                lists.addAll(PackageLists.find(PackageLists.APT_LISTS));
            }
        } catch (IllegalArgumentException | IOException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        try {
            String text = generate(new Request(lists, roots, excluded, preferred, notes));
            if (output == null) {
                out.print(text);
            } else {
                Path temporary = Files.createTempFile(output.toAbsolutePath().getParent(), ".pins", ".tmp");
                try {
                    Files.writeString(temporary, text, StandardCharsets.UTF_8);
                    Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
            return 0;
        } catch (IOException | DebianFormatException | ResolutionException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    /** Runs {@link #run} with the process's arguments and streams. */
    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException("option '" + option + "' needs a value");
        }
        return args.get(index);
    }

    private static List<String> names(String commaSeparated) {
        return List.of(commaSeparated.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<Path> listsAt(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            List<Path> found = PackageLists.find(path);
            if (found.isEmpty()) {
                throw new IllegalArgumentException("no *_Packages lists in '" + path + "'");
            }
            return found;
        }
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no package list at '" + path + "'");
        }
        return List.of(path);
    }

    private static List<String> rootsFile(Path file) throws IOException {
        List<String> roots = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String root = line.replaceFirst("#.*", "").strip();
            if (!root.isEmpty()) {
                roots.add(root);
            }
        }
        return roots;
    }
}
