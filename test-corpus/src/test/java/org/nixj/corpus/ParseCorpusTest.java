package org.nixj.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of the parse corpus through nixj and compares with its golden file. Run with
 * {@code -Dnixj.accept=true} to rewrite the goldens from nixj's current output (then review the diff).
 */
class ParseCorpusTest {
    private static final boolean ACCEPT = Boolean.getBoolean("nixj.accept");

    @TestFactory
    Stream<DynamicTest> corpus() {
        return ParseCase.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private static void check(ParseCase c) {
        ParseCase.Result result = c.run();
        if (ACCEPT) {
            ParseCase.write(c.expectedFile(), result.text());
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
