package org.nixj.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nixj.testsupport.Goldens;
import org.nixj.testsupport.NixOracle;

/**
 * Runs every case of the module-system corpus ({@link ModuleCase}) through nixj (in-process) and, where it is
 * installed, through {@code nix-instantiate}: both must give the case's expected JSON or error message. nixj
 * checks the interpreter; {@code nix-instantiate} (Nix 2.8) checks that modules-lib is ordinary Nix with the
 * expected meaning.
 *
 * <p>Cases listed in {@code modules/not-yet-passing.txt} are expected to fail with nixj (and still to agree
 * with {@code nix-instantiate}); a listed case that passes must be taken off the list.
 *
 * <p>With {@code -Dnixj.accept}, a case without an expectation gets one written from {@code nix-instantiate}'s
 * outcome, or from nixj's where Nix is not installed or the case is listed in {@code modules/nix-2.8-differences.txt};
 * a listed case without its {@code expected-2.8.*} gets it from {@code nix-instantiate}. The case then fails so
 * that the new file is reviewed ({@link Goldens}). Existing expectations are never rewritten.
 */
class ModuleCorpusTest {
    private static final String NIX = "nix-instantiate (Nix 2.8)";

    private static Map<String, String> notYetPassing() {
        return EvalCase.listFile(ModuleCase.folder().resolve("not-yet-passing.txt"));
    }

    @TestFactory
    Stream<DynamicTest> nixj() {
        Map<String, String> notYetPassing = notYetPassing();
        Map<String, String> differences = nix28Differences();
        return ModuleCase.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            NixjEvalRun run = NixjEvalRun.instantiate(c.arguments());
            String outcome = c.outcome(run.exitCode(), run.out(), run.err());
            boolean writesMissing = !NixOracle.installed() || differences.containsKey(c.name());
            c.check(run.exitCode(), outcome, writesMissing, notYetPassing.get(c.name()), "nixj", "modules/not-yet-passing.txt");
            if (!c.expectedContext().isEmpty() && !notYetPassing.containsKey(c.name())) {
                checkContext(c, NixjEvalRun.instantiate(c.tracingArguments()).err(), "nixj");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> nixInstantiate() {
        Map<String, String> differences = nix28Differences();
        return ModuleCase.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            NixOracle.assumeInstalled();
            NixOracle.Output nix = NixOracle.instantiate().args(c.arguments()).home(EvalCase.HOME).directory(c.dir()).run();
            String outcome = c.outcome(nix.exitCode(), nix.stdout(), nix.stderr());
            if (differences.containsKey(c.name())) {
                Path expected = c.nix28File(nix.exitCode() == 0);
                Goldens.acceptIfMissing(expected, outcome, NIX);
                assertTrue(Files.exists(expected), c.name() + " is listed as differing in Nix 2.8 but has no " + expected);
                assertEquals(EvalCase.read(expected), outcome, c.name() + " with nix-instantiate (Nix 2.8)");
                return;
            }
            c.check(nix.exitCode(), outcome, true, null, "nix-instantiate", "modules/not-yet-passing.txt");
            if (!c.expectedContext().isEmpty()) {
                NixOracle.Output traced = NixOracle.instantiate().args(c.tracingArguments()).home(EvalCase.HOME).directory(c.dir()).run();
                checkContext(c, traced.stderr(), "nix-instantiate");
            }
        }));
    }

    private static void checkContext(ModuleCase c, String tracedReport, String evaluator) {
        List<String> frames = ModuleCase.traceFrames(tracedReport);
        for (String expected : c.expectedContext()) {
            assertTrue(frames.contains(expected), c.name() + " with " + evaluator + ": no trace frame \"" + expected
                    + "\"; frames:\n" + String.join("\n", frames));
        }
    }

    private static Map<String, String> nix28Differences() {
        return EvalCase.listFile(ModuleCase.folder().resolve("nix-2.8-differences.txt"));
    }

    @Test
    void corpusIsLargeEnough() {
        List<ModuleCase> cases = ModuleCase.all();
        long okay = cases.stream().filter(ModuleCase::expectsSuccess).count();
        assertTrue(cases.size() >= 150, "the module corpus should have at least 150 cases, has " + cases.size());
        assertTrue(okay >= 75 && cases.size() - okay >= 50, "both value and error cases are needed");
    }

    @Test
    void everyCaseHasExactlyOneExpectation() {
        for (ModuleCase c : ModuleCase.all()) {
            assertTrue(Files.exists(c.jsonFile()) != Files.exists(c.errorFile()),
                    c.name() + " needs exactly one of expected.json and expected.err");
        }
    }

    @Test
    void listsNameExistingCases() {
        Map<String, String> listed = new java.util.TreeMap<>(notYetPassing());
        listed.putAll(nix28Differences());
        for (Map.Entry<String, String> entry : listed.entrySet()) {
            assertTrue(Files.exists(EvalCase.corpusRoot().resolve(entry.getKey()).resolve(ModuleCase.CASE_FILE)),
                    "listed case does not exist: " + entry.getKey());
        }
    }
}
