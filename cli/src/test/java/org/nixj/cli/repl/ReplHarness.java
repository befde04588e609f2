package org.nixj.cli.repl;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nixj.eval.EvalSettings;
import org.nixj.eval.Evaluator;
import org.nixj.eval.IsolatedIO;
import org.nixj.eval.value.NixAttrs;
import org.nixj.flake.Flakes;
import org.nixj.flake.LockOptions;

/**
 * A REPL session for tests: an evaluator with a store of its own under {@code dir}, output captured, an
 * editor that records what it was asked to open. {@link #type} feeds lines as the terminal front end does.
 */
final class ReplHarness {
    final Path dir;
    final ReplSession session;
    final List<List<String>> edits = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final StringBuilder pending = new StringBuilder();

    ReplHarness(Path dir) {
        this(dir, false);
    }

    ReplHarness(Path dir, boolean colors) {
        this.dir = dir;
        Evaluator evaluator = Evaluator.builder().settings(EvalSettings.builder().showTrace(true).build()).io(IsolatedIO.storeIn(dir.resolve("store")).withHomeDirectory(dir.toString()))
                .build();
        Flakes flakes = new Flakes(evaluator, LockOptions.defaults(), notice -> { });
        Editor editor = new Editor("vim", command -> {
            edits.add(command);
            return 0;
        });
        ReplContext context = new ReplContext(evaluator, NixAttrs.EMPTY, new ReplFlakes(flakes, dir, "x86_64-linux"), dir, editor);
        session = new ReplSession(context, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), colors, false);
    }

    /** Types {@code lines}, one after the other, as a user at the prompt; returns the last outcome. */
    ReplSession.Outcome type(String... lines) {
        ReplSession.Outcome outcome = ReplSession.Outcome.DONE;
        for (String line : lines) {
            if (!pending.isEmpty()) {
                pending.append('\n');
            }
            pending.append(line);
            outcome = session.process(pending.toString());
            if (outcome != ReplSession.Outcome.INCOMPLETE) {
                pending.setLength(0);
            }
        }
        return outcome;
    }

    /** Standard output so far, then forgotten. */
    String out() {
        String s = out.toString(StandardCharsets.UTF_8);
        out.reset();
        return s;
    }

    /** Standard error so far, then forgotten. */
    String err() {
        String s = err.toString(StandardCharsets.UTF_8);
        err.reset();
        return s;
    }
}
