package org.nixj.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class GoldensTest {
    @TempDir
    Path dir;

    private final String before = System.getProperty(Goldens.ACCEPT_PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(Goldens.ACCEPT_PROPERTY);
        } else {
            System.setProperty(Goldens.ACCEPT_PROPERTY, before);
        }
    }

    @Test
    void withoutThePropertyNothingIsWritten() {
        System.clearProperty(Goldens.ACCEPT_PROPERTY);
        Goldens.acceptIfMissing(dir.resolve("a.exp"), "x", "nixj");
        assertFalse(Files.exists(dir.resolve("a.exp")));
    }

    @Test
    void aMissingGoldenIsWrittenAndTheTestFails() throws Exception {
        System.setProperty(Goldens.ACCEPT_PROPERTY, "");
        Path golden = dir.resolve("sub/a.exp");
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> Goldens.acceptIfMissing(golden, "\u00c3\u00a9\n", "nixj"));
        assertTrue(e.getMessage().contains("wrote the missing golden " + golden + " from nixj"), e.getMessage());
        assertEquals("é\n", Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void anExistingGoldenIsNeverOverwritten() throws Exception {
        System.setProperty(Goldens.ACCEPT_PROPERTY, "true");
        Path golden = Files.writeString(dir.resolve("a.exp"), "old");
        Goldens.acceptIfMissing(golden, "new", "nixj");
        assertEquals("old", Files.readString(golden));
    }

    @Test
    void falseMeansNo() {
        System.setProperty(Goldens.ACCEPT_PROPERTY, "false");
        assertFalse(Goldens.accepting());
    }
}
