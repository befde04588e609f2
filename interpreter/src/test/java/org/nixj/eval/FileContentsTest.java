package org.nixj.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.eval.error.EvalError;

/** The bound on whole-file reads, checked at a small scale with the bound given. */
class FileContentsTest {
    @TempDir
    Path dir;

    @Test
    void aFileWithinTheBoundIsReadWhole() throws IOException {
        Path file = Files.write(dir.resolve("f"), new byte[] {1, 2, 3, 4});
        assertArrayEquals(new byte[] {1, 2, 3, 4}, FileContents.read(file, "/f", 4));
    }

    @Test
    void aFileBeyondTheBoundIsAnErrorThatSaysSo() throws IOException {
        Path file = Files.write(dir.resolve("f"), new byte[5]);
        EvalError e = assertThrows(EvalError.class, () -> FileContents.read(file, "/f", 4));
        assertEquals("cannot read file '/f': it has more than 4 bytes, the most a nixj string can hold", e.getMessage());
    }

    @Test
    void filesThatGiveNoSizeAreReadToTheirEndAndStillBounded() throws IOException {
        // Files under /proc report a size of 0 and have content.
        Path status = Path.of("/proc/self/status");
        assertTrue(FileContents.read(status, "/proc/self/status").length > 0);
        assertThrows(EvalError.class, () -> FileContents.read(status, "/proc/self/status", 10));
    }
}
