package org.nixj.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Runs every case of the parse corpus through nixj and compares with its golden file.
 *
 * <p>With {@code -Dnixj.accept}, a missing golden is written from nixj's output where Nix 2.8 cannot write it
 * (Nix is not installed, or the case is listed in {@code parse/nix-2.8-differences.txt}), and the case fails so
 * that the new file is reviewed ({@link Goldens}). Existing goldens are never rewritten.
 */
class ParseCorpusTest {
    @TestFactory
    Stream<DynamicTest> corpus() {
        Map<String, String> differences = NixOracleParseTest.differences();
        return ParseCase.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c, differences)));
    }

    private static void check(ParseCase c, Map<String, String> differences) {
        ParseCase.Result result = c.run();
        if (!c.goldenFromNix28(differences)) {
            Goldens.acceptIfMissing(c.expectedFile(), result.text(), "nixj");
        }
        assertTrue(Files.exists(c.expectedFile()), "missing golden file " + c.expectedFile());
        assertEquals(c.expectsSuccess(), result.success(),
                c.name() + (c.expectsSuccess() ? " should parse but failed:\n" : " should fail but parsed:\n") + result.text());
        assertEquals(ParseCase.read(c.expectedFile()), result.text(), c.name());
    }

    @Test
    void corpusIsLargeEnough() {
        List<ParseCase> cases = ParseCase.all();
        long ok = cases.stream().filter(ParseCase::expectsSuccess).count();
        assertTrue(cases.size() >= 150, "the parse corpus should have at least 150 cases, has " + cases.size());
        assertTrue(ok >= 50 && cases.size() - ok >= 30, "both parse-okay and parse-fail cases are needed");
    }
}
