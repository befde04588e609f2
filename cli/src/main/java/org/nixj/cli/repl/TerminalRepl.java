package org.nixj.cli.repl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/**
 * The REPL on a terminal, through JLine: line editing, history kept in the user's data folder, Tab
 * completion ({@link Completion}), a continuation prompt while an expression is open, Ctrl-C to drop the
 * input or stop an evaluation, Ctrl-D to leave. On a pipe or a dumb terminal it reads lines the same way,
 * without colours.
 */
final class TerminalRepl {
    static final String PROMPT = "nixj-repl> ";
    private static final String CONTINUATION = " ".repeat(PROMPT.length());

    private final Terminal terminal;
    private final Path historyFile;

    private TerminalRepl(Terminal terminal, Path historyFile) {
        this.terminal = terminal;
        this.historyFile = historyFile;
    }

    /** The process's own terminal (a dumb one when standard input or output is not a terminal). */
    static TerminalRepl system(Path historyFile) throws IOException {
        // A signal handler other than the default makes JLine catch the signals and pass them to the
        // handlers set with Terminal.handle (Ctrl-C stops an evaluation); INT is otherwise ignored.
        return new TerminalRepl(TerminalBuilder.builder().system(true).dumb(true)
                .signalHandler(Terminal.SignalHandler.SIG_IGN).build(), historyFile);
    }

    /** A dumb terminal over {@code in} and {@code out} (runs inside another program, tests). */
    static TerminalRepl streams(InputStream in, OutputStream out, Path historyFile) throws IOException {
        return new TerminalRepl(new DumbTerminal("nixj", Terminal.TYPE_DUMB, in, out, StandardCharsets.UTF_8), historyFile);
    }

    /** Where the history is kept: {@code $XDG_DATA_HOME/nixj/repl-history}, else under {@code ~/.local/share}. */
    static Path defaultHistoryFile(Map<String, String> environment, String home) {
        String data = environment.get("XDG_DATA_HOME");
        Path base = data != null && !data.isEmpty() ? Path.of(data) : Path.of(home, ".local", "share");
        return base.resolve("nixj").resolve("repl-history");
    }

    /** Whether values should be coloured: a real terminal, and the user did not ask for no colour. */
    boolean colors(Map<String, String> environment) {
        if (environment.containsKey("NO_COLOR")) {
            return false;
        }
        String type = terminal.getType();
        return !(type.equals(Terminal.TYPE_DUMB) || type.equals(Terminal.TYPE_DUMB_COLOR));
    }

    /** The terminal's output, for the session's values. */
    OutputStream output() {
        return terminal.output();
    }

    /** Reads and handles input until {@code :q} or the end of input. */
    void run(ReplSession session) throws IOException {
        LineReader reader = reader(session);
        StringBuilder input = new StringBuilder();
        try {
            while (true) {
                String line;
                try {
                    line = reader.readLine(input.isEmpty() ? PROMPT : CONTINUATION);
                } catch (UserInterruptException e) {
                    // Ctrl-C at the prompt drops what was typed, as in nix repl.
                    input.setLength(0);
                    continue;
                } catch (EndOfFileException e) {
                    terminal.writer().println();
                    terminal.writer().flush();
                    return;
                }
                if (!input.isEmpty()) {
                    input.append('\n');
                }
                input.append(line);
                ReplSession.Outcome outcome = processInterruptibly(session, input.toString());
                if (outcome == ReplSession.Outcome.QUIT) {
                    return;
                }
                if (outcome == ReplSession.Outcome.DONE) {
                    input.setLength(0);
                }
            }
        } finally {
            saveHistory(reader);
            terminal.close();
        }
    }

    /** Handles {@code input} with Ctrl-C stopping the evaluation rather than the program. */
    private ReplSession.Outcome processInterruptibly(ReplSession session, String input) {
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> session.evaluator().interrupt());
        try {
            return session.process(input);
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
        }
    }

    private LineReader reader(ReplSession session) {
        Completion completion = new Completion(session);
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("nixj")
                .parser(new WordParser())
                .completer((reader, line, candidates) -> {
                    String before = line.line().substring(0, line.cursor());
                    for (Completion.Candidate c : completion.complete(before)) {
                        candidates.add(new Candidate(c.value(), c.display(), null, null, null, null, c.complete()));
                    }
                })
                // Nix code uses '!' (negation): it must not expand history events.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, true);
        if (historyFile != null && prepareHistory()) {
            builder.variable(LineReader.HISTORY_FILE, historyFile);
        }
        return builder.build();
    }

    private boolean prepareHistory() {
        try {
            Files.createDirectories(historyFile.getParent());
            return true;
        } catch (IOException e) {
            // No history then; the REPL works without it.
            return false;
        }
    }

    private static void saveHistory(LineReader reader) {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            // Losing the history is not worth an error at exit.
        }
    }

    /** Splits the line for completion only: the word is what {@link Completion#wordStart} says. */
    private static final class WordParser implements Parser {
        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            return new Word(line, cursor, Completion.wordStart(line.substring(0, cursor)));
        }
    }

    /** The line with its last word before the cursor; candidates are inserted as they are, unescaped. */
    private record Word(String line, int cursor, int start) implements CompletingParsedLine {
        @Override
        public String word() {
            return line.substring(start, cursor);
        }

        @Override
        public int wordCursor() {
            return cursor - start;
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word());
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor();
        }

        @Override
        public int rawWordLength() {
            return word().length();
        }
    }
}
