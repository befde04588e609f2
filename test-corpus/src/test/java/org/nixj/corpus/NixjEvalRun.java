package org.nixj.corpus;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.nixj.cli.Console;
import org.nixj.cli.Main;

/**
 * Runs {@code nixj instantiate ARGS} in-process (with a private {@code --store}), capturing its exit code and its standard output and error as
 * byte strings. Each run has streams of its own and happens on its own thread with a large stack, as the real
 * command line runs; a run that does not finish in time counts as a failure.
 */
record NixjEvalRun(int exitCode, String out, String err) {
    private static final long STACK_SIZE = 1L << 30;
    private static final long TIMEOUT_MILLIS = 120_000;

    /** A private store for the runs, so that tests never write to the user's nixj store. */
    private static final java.nio.file.Path STORE = privateStore();

    private static java.nio.file.Path privateStore() {
        try {
            return java.nio.file.Files.createTempDirectory("nixj-corpus-store");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static NixjEvalRun instantiate(List<String> arguments) {
        List<String> args = new ArrayList<>(List.of("instantiate", "--store", STORE.toString()));
        args.addAll(arguments);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicInteger code = new AtomicInteger(-1);
        AtomicReference<Throwable> crash = new AtomicReference<>();
        try {
            Console console = new Console(InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            Thread thread = new Thread(null, () -> {
                try {
                    code.set(Main.commandLine(console).execute(args.toArray(String[]::new)));
                } catch (Throwable t) {
                    crash.set(t);
                }
            }, "nixj-eval-corpus", STACK_SIZE);
            thread.setDaemon(true);
            thread.start();
            thread.join(TIMEOUT_MILLIS);
            if (thread.isAlive()) {
                return new NixjEvalRun(-1, text(out), text(err) + "\n[nixj did not finish within " + TIMEOUT_MILLIS + " ms]\n");
            }
            if (crash.get() != null) {
                return new NixjEvalRun(-1, text(out), text(err) + "\n[nixj crashed: " + crash.get() + "]\n");
            }
            return new NixjEvalRun(code.get(), text(out), text(err));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }
}
