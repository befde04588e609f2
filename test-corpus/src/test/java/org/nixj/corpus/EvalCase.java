package org.nixj.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.nixj.testsupport.NixOracle;

/**
 * One case of the evaluation corpus: {@code eval/okay/NAME.nix} with the expected standard output of
 * {@code nix-instantiate --eval --strict} in {@code NAME.exp}, or {@code eval/fail/NAME.nix} with the expected
 * error report (current Nix's layout, without trace frames) in {@code NAME.err.exp}.
 *
 * <p>A case may have {@code NAME.flags}: extra command-line arguments, one per line, added after the default
 * {@code --eval --strict}; the line {@code --no-strict} drops {@code --strict}. In flags, {@value #VIRTUAL_ROOT}
 * stands for the corpus root, so {@code -I} entries can point into {@code eval/data/}, which holds the files
 * the cases import and read (it is not a case folder).
 *
 * <p>As in the parse corpus, outputs are compared as if the corpus lived under {@value #VIRTUAL_ROOT} with
 * {@code HOME} at {@value #HOME}. Lists beside the cases: {@code eval/nix-2.8-differences.txt} (cases where Nix
 * 2.8 differs from current Nix; 2.8's output in {@code NAME.exp-2.8}), {@code eval/newer-than-2.8.txt} (cases
 * for behaviour 2.8 lacks) and {@code eval/not-yet-passing.txt} (cases nixj is known to fail).
 */
record EvalCase(Path root, Path file) {
    static final String VIRTUAL_ROOT = "/nixj-corpus";
    static final String HOME = "/home/nixj";
    static final String NO_STRICT = "--no-strict";

    /** The corpus folder in the source tree (tests run with the module as working directory). */
    static Path corpusRoot() {
        return Path.of("src/test/resources").toAbsolutePath();
    }

    static List<EvalCase> all() {
        Path root = corpusRoot();
        List<EvalCase> cases = new ArrayList<>();
        for (String kind : List.of("okay", "fail")) {
            try (Stream<Path> files = Files.list(root.resolve("eval").resolve(kind))) {
                files.filter(f -> f.toString().endsWith(".nix")).sorted().map(f -> new EvalCase(root, f)).forEach(cases::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cases;
    }

    /** {@code eval/okay/NAME.nix}, the name used in reports and in the list files. */
    String name() {
        return root.relativize(file).toString();
    }

    boolean expectsSuccess() {
        return file.getParent().getFileName().toString().equals("okay");
    }

    Path expectedFile() {
        return sibling(expectsSuccess() ? ".exp" : ".err.exp");
    }

    Path nix28File() {
        return sibling(".exp-2.8");
    }

    /**
     * Whether {@code -Dnixj.accept} writes this case's missing golden from Nix 2.8 ({@link NixOracleEvalTest})
     * rather than from nixj ({@link EvalCorpusTest}): when Nix is installed and the case is listed neither in
     * {@code eval/newer-than-2.8.txt} nor in {@code eval/nix-2.8-differences.txt}.
     */
    boolean goldenFromNix28(Map<String, String> newer, Map<String, String> differences) {
        return NixOracle.installed() && !newer.containsKey(name()) && !differences.containsKey(name());
    }

    Path flagsFile() {
        return sibling(".flags");
    }

    /**
     * The exit code the case ends with: 0 for passing cases; for failing ones 1, or what {@code NAME.exit}
     * holds (Nix ends some errors with a status of their own, 102 for a hash mismatch).
     */
    int expectedExitCode() {
        if (expectsSuccess()) {
            return 0;
        }
        Path exit = sibling(".exit");
        return Files.exists(exit) ? Integer.parseInt(read(exit).strip()) : 1;
    }

    Path sibling(String extension) {
        String base = file.getFileName().toString().replaceFirst("\\.nix$", "");
        return file.resolveSibling(base + extension);
    }

    /**
     * The arguments after {@code nix-instantiate} (or {@code nixj instantiate}): {@code --eval}, {@code --strict}
     * unless the flags say {@code --no-strict}, the case's flags with the virtual root made real, and the file.
     */
    List<String> arguments() {
        List<String> flags = new ArrayList<>();
        if (Files.exists(flagsFile())) {
            for (String line : read(flagsFile()).split("\n")) {
                if (!line.isEmpty()) {
                    flags.add(line);
                }
            }
        }
        List<String> args = new ArrayList<>(List.of("--eval"));
        if (!flags.remove(NO_STRICT)) {
            args.add("--strict");
        }
        for (String flag : flags) {
            args.add(flag.replace(VIRTUAL_ROOT, root.toString()));
        }
        args.add(file.toString());
        return args;
    }

    /** Puts paths under the real corpus root back under the virtual one. */
    String virtualise(String output) {
        return output.replace(root.toString(), VIRTUAL_ROOT);
    }

    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A list file of the eval corpus: {@code eval/okay/NAME.nix: reason} per line, {@code #} starts a comment. */
    static Map<String, String> listFile(String fileName) {
        return listFile(corpusRoot().resolve("eval").resolve(fileName));
    }

    /** A list file in the same format anywhere in the corpus: {@code ENTRY: reason} per line. */
    static Map<String, String> listFile(Path file) {
        Map<String, String> listed = new TreeMap<>();
        for (String line : read(file).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(": ");
            if (colon < 0) {
                throw new IllegalStateException(file.getFileName() + ": no reason given in line: " + line);
            }
            listed.put(line.substring(0, colon).trim(), line.substring(colon + 2).trim());
        }
        return listed;
    }

    /**
     * An error report without its trace frames: goldens hold the message and its position only (current
     * Nix's report without the frames it prints), so the frame nixj shows for an error without a position
     * of its own is dropped before comparing.
     */
    static String withoutTraceFrames(String report) {
        String framed = "error:\n";
        if (!report.startsWith(framed)) {
            return report;
        }
        String marker = "\n       error: ";
        int message = report.indexOf(marker);
        if (message < 0) {
            return report;
        }
        return "error: " + report.substring(message + marker.length());
    }
}
