package org.nixj.build.debian;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.lz4.FramedLZ4CompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Reads apt's package lists: the {@code *_Packages.lz4} files apt keeps under {@code /var/lib/apt/lists/}
 * (LZ4 frame format), {@code Packages.xz} and {@code Packages.gz} as mirrors serve them, or plain text such as
 * {@code apt-cache dumpavail} prints.
 */
public final class PackageLists {
    /** Where apt keeps its lists. */
    public static final Path APT_LISTS = Path.of("/var/lib/apt/lists");

    private PackageLists() {
    }

    /** The binary package lists under {@code folder} ({@code *_Packages}, compressed or not), sorted by name. */
    public static List<Path> find(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches(".*_Packages(\\.lz4|\\.xz|\\.gz)?"))
                    .sorted().toList();
        }
    }

    /**
     * Every package of the list {@code file}.
     *
     * @throws DebianFormatException when the list is malformed (the message names file and line)
     */
    public static List<DebianPackage> read(Path file) throws IOException, DebianFormatException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
             InputStream in = decompress(raw, file.getFileName().toString());
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            return read(reader, file.toString());
        }
    }

    /**
     * Every package of a list read from {@code reader}; {@code name} names it in messages. A paragraph without
     * {@code Filename} (a package installed from elsewhere, as {@code apt-cache dumpavail} also prints them) is
     * skipped: there is no file to pin.
     */
    public static List<DebianPackage> read(BufferedReader reader, String name) throws IOException, DebianFormatException {
        List<DebianPackage> packages = new ArrayList<>();
        for (ControlParagraph paragraph : ControlParagraph.readAll(reader, name)) {
            if (paragraph.field("Filename").isPresent()) {
                packages.add(DebianPackage.of(paragraph));
            }
        }
        return packages;
    }

    /**
     * The {@code Date} of the {@code InRelease} (or {@code Release}) file apt keeps beside {@code list}: the
     * release file whose name, less {@code InRelease}, begins the list's name. Empty when there is none.
     */
    public static Optional<Instant> releaseDate(Path list) throws IOException {
        Path folder = list.toAbsolutePath().getParent();
        String name = list.getFileName().toString();
        for (String kind : List.of("InRelease", "Release")) {
            try (Stream<Path> files = Files.list(folder)) {
                Optional<Path> release = files.filter(f -> {
                    String candidate = f.getFileName().toString();
                    return candidate.endsWith("_" + kind)
                            && name.startsWith(candidate.substring(0, candidate.length() - kind.length()));
                }).findFirst();
                if (release.isPresent()) {
                    for (String line : Files.readAllLines(release.get(), StandardCharsets.UTF_8)) {
                        if (line.startsWith("Date:")) {
                            try {
                                return Optional.of(Instant.from(
                                        DateTimeFormatter.RFC_1123_DATE_TIME.parse(line.substring(5).strip()
                                                .replaceFirst(" UTC$", " GMT"))));
                            } catch (DateTimeParseException e) {
                                return Optional.empty();
                            }
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static InputStream decompress(InputStream raw, String name) throws IOException {
        if (name.endsWith(".lz4")) {
            return new FramedLZ4CompressorInputStream(raw, true);
        }
        if (name.endsWith(".xz")) {
            return new XZCompressorInputStream(raw, true);
        }
        if (name.endsWith(".gz")) {
            return new GzipCompressorInputStream(raw, true);
        }
        return raw;
    }
}
