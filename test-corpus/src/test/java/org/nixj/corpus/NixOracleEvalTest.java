package org.nixj.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nixj.testsupport.Goldens;
import org.nixj.testsupport.NixOracle;

/**
 * Checks the goldens of the evaluation corpus against {@code nix-instantiate} where it is installed (CI installs
 * Debian's nix-bin, Nix 2.8). It needs no nixj at all: it validates the expectations themselves.
 *
 * <p>Every case not listed in {@code eval/newer-than-2.8.txt} runs through 2.8 with the case's flags. A passing
 * case must print exactly its {@code NAME.exp}; a failing case must exit with 1 and, once 2.8's report is put
 * in current Nix's layout ({@link Nix28ErrorLayout}), match its {@code NAME.err.exp}: the same message, position
 * and source lines. Where 2.8 differs from current Nix, the case is listed in {@code eval/nix-2.8-differences.txt}
 * with the reason, and 2.8's output is compared with {@code NAME.exp-2.8} instead. Two layout differences are
 * normalised rather than listed: 2.8's blank lines in error reports, and the newline current Nix prints after
 * {@code --json} output, which 2.8 omits.
 *
 * <p>With {@code -Dnixj.accept}, a missing {@code .exp-2.8} of a listed case, and a missing golden of a new
 * (unlisted) case, are written from 2.8's output, and the case fails so that the new file is reviewed
 * ({@link Goldens}; the goldens follow current Nix). Existing files are never rewritten.
 */
class NixOracleEvalTest {
    private static final String NIX = "nix-instantiate (Nix 2.8)";

    @TestFactory
    Stream<DynamicTest> goldensAgreeWithNix28() {
        NixOracle.assumeInstalled();
        Set<String> newer = EvalCase.listFile("newer-than-2.8.txt").keySet();
        Map<String, String> differences = EvalCase.listFile("nix-2.8-differences.txt");
        return EvalCase.all().stream()
                .filter(c -> !newer.contains(c.name()))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> compare(c, differences.containsKey(c.name()))));
    }

    private static void compare(EvalCase c, boolean listedAsDifferent) {
        NixOracle.Output nix = NixOracle.instantiate().args(c.arguments()).home(EvalCase.HOME).directory(c.root()).run();
        if (!listedAsDifferent) {
            int expectedCode = c.expectedExitCode();
            assertEquals(expectedCode, nix.exitCode(), c.name() + ": unexpected exit code from Nix 2.8:\n" + nix.stdout() + nix.stderr());
        }
        String actual = nix28Output(c, nix);
        Goldens.acceptIfMissing(listedAsDifferent ? c.nix28File() : c.expectedFile(), actual, NIX);
        Path expected = listedAsDifferent ? c.nix28File() : c.expectedFile();
        assertTrue(Files.exists(expected), "missing " + expected);
        assertEquals(EvalCase.read(expected), actual, c.name() + " (compared with " + expected.getFileName() + ")");
    }

    /**
     * What 2.8 printed, in the corpus's form: its standard output when it succeeded, its error report in current
     * Nix's layout when it failed. (A listed difference may succeed in 2.8 where current Nix fails, or the
     * other way round: its {@code .exp-2.8} then holds the other kind of output.)
     */
    private static String nix28Output(EvalCase c, NixOracle.Output nix) {
        if (nix.exitCode() != 0) {
            return Nix28ErrorLayout.convert(c.virtualise(nix.stderr()), c.root());
        }
        String out = c.virtualise(nix.stdout());
        return c.arguments().contains("--json") && !out.endsWith("\n") ? out + "\n" : out;
    }

    @Test
    void listedDifferencesHaveTheirOutputAndViceVersa() {
        Map<String, String> listed = EvalCase.listFile("nix-2.8-differences.txt");
        for (EvalCase c : EvalCase.all()) {
            assertEquals(listed.containsKey(c.name()), Files.exists(c.nix28File()),
                    c.name() + ": a .exp-2.8 file and an entry in nix-2.8-differences.txt go together");
        }
        checkListedCasesExist(listed);
    }

    @Test
    void newerCasesAreNotAlsoDifferences() {
        Map<String, String> newer = EvalCase.listFile("newer-than-2.8.txt");
        checkListedCasesExist(newer);
        Set<String> both = newer.keySet().stream()
                .filter(EvalCase.listFile("nix-2.8-differences.txt")::containsKey)
                .collect(Collectors.toSet());
        assertTrue(both.isEmpty(), "listed both as newer than 2.8 and as a 2.8 difference: " + both);
    }

    static void checkListedCasesExist(Map<String, String> listed) {
        for (Map.Entry<String, String> entry : listed.entrySet()) {
            assertTrue(Files.exists(EvalCase.corpusRoot().resolve(entry.getKey())), "listed case does not exist: " + entry.getKey());
            assertFalse(entry.getValue().isBlank(), "no reason given for " + entry.getKey());
        }
    }
}
