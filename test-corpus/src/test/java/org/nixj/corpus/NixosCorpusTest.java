package org.nixj.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nixj.testsupport.Goldens;
import org.nixj.testsupport.NixOracle;

/**
 * The NixOS corpus: NixOS configurations evaluated through modules-lib's {@code nixos/lib/eval-config.nix} or
 * its flake's {@code lib.nixosSystem}, each case selecting a value. Every case runs with nixj (in-process) and,
 * where it is installed, with {@code nix-instantiate} (Nix 2.8); both must give the case's golden.
 *
 * <p>A case is {@code nixos/NAME.nix}, a function of {@code { nixpkgs }} (modules-lib's nixpkgs-shaped tree, as
 * a string) giving the value to print; its golden is {@code NAME.json} (what {@code --eval --strict --json}
 * prints, one final newline) or {@code NAME.err} (the error's message, without "error: ", positions or trace
 * frames). An optional {@code NAME.flags} holds further command-line arguments, one a line ({@code @NIXPKGS@} stands
 * for modules-lib's tree); relative paths in them start at the test's working directory (the test-corpus module),
 * where both evaluators run. Files the cases import are under {@code nixos/data/}. Paths are compared as if the corpus lived under
 * {@value EvalCase#VIRTUAL_ROOT} and modules-lib under {@value ModuleCase#VIRTUAL_LIB}.
 *
 * <p>{@code nixos/not-yet-passing.txt} lists cases nixj fails (they must still fail with nixj, and agree with
 * Nix); {@code nixos/nix-2.8-differences.txt} lists cases where Nix 2.8 differs from current Nix, with 2.8's
 * outcome in {@code NAME.json-2.8} or {@code NAME.err-2.8}. {@code -Dnixj.accept} writes a missing golden as the
 * other corpora do ({@link Goldens}): from Nix 2.8 where it is installed and the case is not listed as a
 * difference, else from nixj.
 */
class NixosCorpusTest {
    private static final String LIST_FILE = "nixos/not-yet-passing.txt";
    private static final String NIX = "nix-instantiate (Nix 2.8)";
    private static final int MINIMUM_CASES = 60;

    /** One case: {@code nixos/NAME.nix} and its goldens beside it. */
    record Case(Path file) implements JsonGoldenCase {
        public String name() {
            return EvalCase.corpusRoot().relativize(file).toString();
        }

        private Path sibling(String extension) {
            String fileName = file.getFileName().toString();
            return file.resolveSibling(fileName.substring(0, fileName.length() - ".nix".length()) + extension);
        }

        public Path jsonFile() {
            return sibling(".json");
        }

        public Path errorFile() {
            return sibling(".err");
        }

        Path nix28File(boolean success) {
            return sibling(success ? ".json-2.8" : ".err-2.8");
        }

        public boolean expectsSuccess() {
            return !Files.exists(errorFile());
        }

        public Path expectedFile() {
            return expectsSuccess() ? jsonFile() : errorFile();
        }

        Path flagsFile() {
            return sibling(".flags");
        }

        List<String> arguments() {
            List<String> args = new java.util.ArrayList<>(List.of("--eval", "--strict", "--json", file.toString(),
                    "--argstr", "nixpkgs", ModuleCase.modulesLib().toString()));
            if (Files.exists(flagsFile())) {
                EvalCase.read(flagsFile()).lines().filter(l -> !l.isBlank())
                        .map(l -> l.replace("@NIXPKGS@", ModuleCase.modulesLib().toString())).forEach(args::add);
            }
            return args;
        }

        /** The run's outcome as the goldens hold it: the JSON with one final newline, else the error's message. */
        String outcome(int exitCode, String stdout, String stderr) {
            return exitCode == 0 ? virtualise(stdout).strip() + "\n" : ModuleCase.errorMessage(virtualise(stderr));
        }
    }

    private static final Pattern LIB_POSITION = Pattern.compile("(" + ModuleCase.VIRTUAL_LIB + "/[^\\s:']+):\\d+:\\d+");

    /** Paths under virtual roots; positions inside modules-lib lose their line and column (they move with every edit). */
    private static String virtualise(String output) {
        String virtual = output.replace(ModuleCase.modulesLib().toString(), ModuleCase.VIRTUAL_LIB)
                .replace(EvalCase.corpusRoot().toString(), EvalCase.VIRTUAL_ROOT);
        return LIB_POSITION.matcher(virtual).replaceAll("$1");
    }

    static Path folder() {
        return EvalCase.corpusRoot().resolve("nixos");
    }

    static List<Case> all() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".nix")).sorted().map(Case::new).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> notYetPassing() {
        return EvalCase.listFile(folder().resolve("not-yet-passing.txt"));
    }

    private static Map<String, String> nix28Differences() {
        return EvalCase.listFile(folder().resolve("nix-2.8-differences.txt"));
    }

    @TestFactory
    Stream<DynamicTest> nixj() {
        Map<String, String> notYetPassing = notYetPassing();
        Map<String, String> differences = nix28Differences();
        return all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            NixjEvalRun run = NixjEvalRun.instantiate(c.arguments());
            String outcome = c.outcome(run.exitCode(), run.out(), run.err());
            boolean writesMissing = !NixOracle.installed() || differences.containsKey(c.name());
            c.check(run.exitCode(), outcome, writesMissing, notYetPassing.get(c.name()), "nixj", LIST_FILE);
        }));
    }

    @TestFactory
    Stream<DynamicTest> nixInstantiate() {
        Map<String, String> differences = nix28Differences();
        return all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            NixOracle.assumeInstalled();
            // In the working directory of the in-process nixj run, so that relative paths mean the same.
            NixOracle.Output nix = NixOracle.instantiate().args(c.arguments()).home(EvalCase.HOME)
                    .directory(Path.of("").toAbsolutePath()).run();
            String outcome = c.outcome(nix.exitCode(), nix.stdout(), nix.stderr());
            if (differences.containsKey(c.name())) {
                Path expected = c.nix28File(nix.exitCode() == 0);
                Goldens.acceptIfMissing(expected, outcome, NIX);
                assertTrue(Files.exists(expected), c.name() + " is listed as differing in Nix 2.8 but has no " + expected);
                assertEquals(EvalCase.read(expected), outcome, c.name() + " with " + NIX);
                return;
            }
            c.check(nix.exitCode(), outcome, true, null, NIX, LIST_FILE);
        }));
    }

    @Test
    void corpusIsLargeEnough() {
        List<Case> cases = all();
        assertTrue(cases.size() >= MINIMUM_CASES, "the NixOS corpus should have at least " + MINIMUM_CASES + " cases, has " + cases.size());
        assertTrue(cases.stream().anyMatch(c -> !c.expectsSuccess()), "error cases are needed too");
    }

    @Test
    void everyCaseHasExactlyOneGoldenAndNoStrayFiles() throws IOException {
        Map<String, Boolean> known = new TreeMap<>();
        for (Case c : all()) {
            assertTrue(Files.exists(c.jsonFile()) != Files.exists(c.errorFile()),
                    c.name() + " needs exactly one of " + c.jsonFile().getFileName() + " and " + c.errorFile().getFileName());
            for (Path p : List.of(c.file(), c.jsonFile(), c.errorFile(), c.nix28File(true), c.nix28File(false), c.flagsFile())) {
                known.put(p.getFileName().toString(), true);
            }
        }
        known.put("not-yet-passing.txt", true);
        known.put("nix-2.8-differences.txt", true);
        known.put("data", true);
        try (Stream<Path> files = Files.list(folder())) {
            for (Path f : files.toList()) {
                assertTrue(known.containsKey(f.getFileName().toString()), "stray file in the NixOS corpus: " + f);
            }
        }
    }

    @Test
    void listsNameExistingCases() {
        Map<String, String> listed = new TreeMap<>(notYetPassing());
        listed.putAll(nix28Differences());
        for (String entry : listed.keySet()) {
            assertTrue(Files.exists(EvalCase.corpusRoot().resolve(entry)), "listed case does not exist: " + entry);
        }
        for (String entry : nix28Differences().keySet()) {
            Case c = new Case(EvalCase.corpusRoot().resolve(entry));
            assertTrue(Files.exists(c.nix28File(true)) || Files.exists(c.nix28File(false)),
                    entry + " is listed as differing in Nix 2.8 but has no 2.8 golden");
        }
    }
}
