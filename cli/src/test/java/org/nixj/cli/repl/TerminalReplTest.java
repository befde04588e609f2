package org.nixj.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JLine front end on a dumb terminal: the history file and where it is kept. */
class TerminalReplTest {
    @TempDir
    Path dir;

    @Test
    void historyIsKeptAcrossSessions() throws IOException {
        Path history = dir.resolve("data/nixj/repl-history");
        run("1 + 1\n:t 2\n", history);
        List<String> lines = Files.readAllLines(history);
        assertEquals(2, lines.size());
        assertEquals(List.of("1 + 1", ":t 2"), lines.stream().map(l -> l.substring(l.indexOf(':') + 1)).toList());
        run("3\n", history);
        assertEquals(3, Files.readAllLines(history).size());
    }

    private void run(String input, Path history) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TerminalRepl terminal = TerminalRepl.streams(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, history);
        terminal.run(new ReplHarness(dir).session);
    }

    @Test
    void historyLivesInTheUsersDataFolder() {
        assertEquals(Path.of("/data/nixj/repl-history"), TerminalRepl.defaultHistoryFile(Map.of("XDG_DATA_HOME", "/data"), "/home/u"));
        assertEquals(Path.of("/home/u/.local/share/nixj/repl-history"), TerminalRepl.defaultHistoryFile(Map.of(), "/home/u"));
    }

    @Test
    void aDumbTerminalGetsNoColours() throws IOException {
        TerminalRepl terminal = TerminalRepl.streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), null);
        assertFalse(terminal.colors(Map.of()));
    }
}
