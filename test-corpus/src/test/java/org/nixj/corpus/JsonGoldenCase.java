package org.nixj.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.nixj.testsupport.Goldens;

/**
 * A case whose golden is {@code NAME.json} (the value, as JSON, when it evaluates) or {@code NAME.err.exp} (the
 * error, when it fails), as the module and NixOS corpora have them.
 */
interface JsonGoldenCase {
    String name();

    Path jsonFile();

    Path errorFile();

    /** The golden that exists (the JSON one when neither does). */
    Path expectedFile();

    boolean expectsSuccess();

    /**
     * Compares one run's outcome with the golden; {@code writesMissing}: this evaluator writes a missing golden
     * under {@code -Dnixj.accept}; a case with a {@code notYetPassingReason} (from {@code listFile}) must still fail.
     */
    default void check(int exitCode, String outcome, boolean writesMissing, String notYetPassingReason, String evaluator,
                       String listFile) {
        if (writesMissing && !Files.exists(jsonFile()) && !Files.exists(errorFile())) {
            Goldens.acceptIfMissing(exitCode == 0 ? jsonFile() : errorFile(), outcome, evaluator);
        }
        Path expected = expectedFile();
        assertTrue(Files.exists(expected), "missing golden for " + name() + "; " + evaluator + " gave:\n" + outcome);
        boolean passes = exitCode == (expectsSuccess() ? 0 : 1) && EvalCase.read(expected).equals(outcome);
        if (notYetPassingReason != null) {
            assertFalse(passes, name() + " passes now: take it off " + listFile + " (listed because: " + notYetPassingReason + ")");
            return;
        }
        assertEquals(EvalCase.read(expected), outcome, name() + " with " + evaluator + " (exit code " + exitCode + ")");
        assertEquals(expectsSuccess() ? 0 : 1, exitCode, name() + " exit code with " + evaluator);
    }
}
