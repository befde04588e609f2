package org.nixj.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nixj.testsupport.Goldens;

/**
 * Runs every case of the evaluation corpus through {@code nixj instantiate --eval --strict} (in-process) and
 * compares with its golden: a passing case must exit with 0 and print exactly {@code NAME.exp}; a failing case
 * must exit with 1 (or the code in {@code NAME.exit}) and report exactly {@code NAME.err.exp} on standard error.
 *
 * <p>Cases listed in {@code eval/not-yet-passing.txt} are expected not to pass yet: the test checks that they
 * still do not, so that a case that starts passing is taken off the list.
 *
 * <p>With {@code -Dnixj.accept}, a missing golden is written from nixj's output where Nix 2.8 cannot write it
 * (Nix is not installed, or the case is listed in {@code eval/newer-than-2.8.txt} or
 * {@code eval/nix-2.8-differences.txt}), and the case fails so that the new file is reviewed ({@link Goldens}).
 * Existing goldens are never rewritten.
 */
class EvalCorpusTest {
    @TestFactory
    Stream<DynamicTest> corpus() {
        List<EvalCase> cases = EvalCase.all();
        Map<String, String> notYetPassing = EvalCase.listFile("not-yet-passing.txt");
        Map<String, String> newer = EvalCase.listFile("newer-than-2.8.txt");
        Map<String, String> differences = EvalCase.listFile("nix-2.8-differences.txt");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> check(c, notYetPassing.get(c.name()), !c.goldenFromNix28(newer, differences))));
    }

    private static void check(EvalCase c, String notYetPassingReason, boolean writesMissingGolden) {
        NixjEvalRun run = NixjEvalRun.instantiate(c.arguments());
        String output = c.virtualise(c.expectsSuccess() ? run.out() : EvalCase.withoutTraceFrames(run.err()));
        if (writesMissingGolden) {
            Goldens.acceptIfMissing(c.expectedFile(), output, "nixj");
        }
        assertTrue(Files.exists(c.expectedFile()), "missing golden file " + c.expectedFile());
        int expectedCode = c.expectedExitCode();
        boolean passes = run.exitCode() == expectedCode && EvalCase.read(c.expectedFile()).equals(output);
        if (notYetPassingReason != null) {
            assertFalse(passes, c.name() + " passes now: take it off eval/not-yet-passing.txt (listed because: "
                    + notYetPassingReason + ")");
            return;
        }
        assertEquals(expectedCode, run.exitCode(), c.name() + " exit code; stdout:\n" + c.virtualise(run.out())
                + "\nstderr:\n" + c.virtualise(run.err()));
        assertEquals(EvalCase.read(c.expectedFile()), output, c.name());
    }

    @Test
    void corpusIsLargeEnough() {
        List<EvalCase> cases = EvalCase.all();
        long okay = cases.stream().filter(EvalCase::expectsSuccess).count();
        assertTrue(cases.size() >= 450, "the eval corpus should have at least 450 cases, has " + cases.size());
        assertTrue(okay >= 300 && cases.size() - okay >= 100, "both okay and fail cases are needed");
    }

    @Test
    void everyCaseHasItsGoldenAndNoStrayFiles() throws Exception {
        for (EvalCase c : EvalCase.all()) {
            assertTrue(Files.exists(c.expectedFile()), "missing golden file " + c.expectedFile());
        }
        for (String kind : List.of("okay", "fail")) {
            try (Stream<java.nio.file.Path> files = Files.list(EvalCase.corpusRoot().resolve("eval").resolve(kind))) {
                files.forEach(f -> {
                    String name = f.getFileName().toString();
                    String base = name.replaceFirst("\\.(nix|exp|err\\.exp|exp-2\\.8|flags|exit)$", "");
                    assertTrue(!base.equals(name) && Files.exists(f.resolveSibling(base + ".nix")),
                            "stray file in the eval corpus: " + f);
                });
            }
        }
    }

    @Test
    void notYetPassingListsExistingCases() {
        NixOracleEvalTest.checkListedCasesExist(EvalCase.listFile("not-yet-passing.txt"));
    }
}
