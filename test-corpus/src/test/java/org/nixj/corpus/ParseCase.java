package org.nixj.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.nixj.cli.ParsePrinting;
import org.nixj.source.ErrorRenderer;
import org.nixj.source.NixError;
import org.nixj.source.Source;
import org.nixj.testsupport.NixOracle;

/**
 * One case of the parse corpus: {@code parse/ok/NAME.nix} with the expected output of
 * {@code nixj instantiate --parse} in {@code NAME.exp}, or {@code parse/fail/NAME.nix} with the expected
 * error in {@code NAME.err.exp}. Where Nix 2.8 (our oracle) prints differently, its output is in
 * {@code NAME.exp-2.8} and the reason is listed in {@code parse/nix-2.8-differences.txt}.
 *
 * <p>Cases are parsed as if they lived under {@value #VIRTUAL_ROOT} with {@code HOME} at
 * {@value #HOME}, so expected outputs do not depend on where the repository is checked out.
 */
record ParseCase(Path root, Path file) {
    static final String VIRTUAL_ROOT = "/nixj-corpus";
    static final String HOME = "/home/nixj";

    /** The corpus folder in the source tree (tests run with the module as working directory). */
    static Path corpusRoot() {
        return Path.of("src/test/resources").toAbsolutePath();
    }

    static List<ParseCase> all() {
        Path root = corpusRoot();
        try (Stream<Path> files = Files.walk(root.resolve("parse"))) {
            return files.filter(f -> f.toString().endsWith(".nix")).sorted().map(f -> new ParseCase(root, f)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code parse/ok/NAME.nix}, the name used in reports and in the differences list. */
    String name() {
        return root.relativize(file).toString();
    }

    boolean expectsSuccess() {
        return file.getParent().getFileName().toString().equals("ok");
    }

    Path expectedFile() {
        return sibling(expectsSuccess() ? ".exp" : ".err.exp");
    }

    Path nix28File() {
        return sibling(".exp-2.8");
    }

    /**
     * Whether {@code -Dnixj.accept} writes this case's missing golden from Nix 2.8 ({@link NixOracleParseTest})
     * rather than from nixj ({@link ParseCorpusTest}): when Nix is installed and the case is not listed in
     * {@code parse/nix-2.8-differences.txt}.
     */
    boolean goldenFromNix28(Map<String, String> differences) {
        return NixOracle.installed() && !differences.containsKey(name());
    }

    Path sibling(String extension) {
        String base = file.getFileName().toString().replaceFirst("\\.nix$", "");
        return file.resolveSibling(base + extension);
    }

    String virtualPath() {
        return VIRTUAL_ROOT + "/" + name();
    }

    /** What nixj prints for the case: the canonical form (stdout) or the error report (stderr). */
    Result run() {
        try {
            Source source = Source.ofFile(virtualPath(), Files.readAllBytes(file));
            return new Result(true, ParsePrinting.instantiateParse(source, HOME) + "\n");
        } catch (NixError e) {
            return new Result(false, ErrorRenderer.render(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Output of one run: whether it succeeded, and its text as a byte string. */
    record Result(boolean success, String text) {
        byte[] bytes() {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
