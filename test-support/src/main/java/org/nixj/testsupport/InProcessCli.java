package org.nixj.testsupport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a command line in-process, as {@code nixj} would run it from a shell, and captures its exit code and
 * standard output and error. The command itself is passed in as an {@link EntryPoint}: this module depends on
 * no other nixj module (they all use it in their tests), so the caller supplies the call of the CLI's entry
 * point, for example
 *
 * <pre>{@code
 * InProcessCli.EntryPoint nixj = (in, out, err, args) ->
 *         Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
 * InProcessCli.Result r = InProcessCli.run(nixj, "", StandardCharsets.UTF_8, "eval", "--expr", "1 + 1");
 * }</pre>
 *
 * <p>Arguments are text as {@code nixj}'s {@code main} makes them from the process's argument bytes: valid
 * UTF-8 as its characters, and each byte that is not part of valid UTF-8 as a lone surrogate U+DC80..U+DCFF
 * ({@code org.nixj.os.OsText}), so a test can pass any bytes, whatever the JVM's locale.
 *
 * <p>The entry point gets the run's standard streams; {@code System.in}, {@code System.out} and
 * {@code System.err} are the same streams during the run, for code that still uses those (they are
 * process-wide, so runs are sequential). The command runs on a thread of its own with a large stack, as the
 * real command line does. A run that crashes or does not finish within {@link #TIMEOUT} ends with exit code
 * {@code -1} and a note at the end of standard error.
 */
public final class InProcessCli {
    /** The stack of the thread a command runs on (the launcher gives the real command line a large one too). */
    public static final long STACK_SIZE = 1L << 30;

    /** How long a run may take; one that takes longer counts as failed (its thread is left to finish alone). */
    public static final Duration TIMEOUT = Duration.ofSeconds(120);

    private static final Object LOCK = new Object();

    private InProcessCli() {}

    /**
     * A command line's entry point: runs {@code args} with standard input {@code in}, writing to {@code out} and
     * {@code err} (which are also {@code System.in}, {@code System.out} and {@code System.err} during the call;
     * text written to them as chars is encoded as UTF-8), and returns the exit code.
     */
    @FunctionalInterface
    public interface EntryPoint {
        int run(InputStream in, PrintStream out, PrintStream err, String[] args) throws Exception;
    }

    /** Exit code and output of one run, decoded with the charset the run was given. */
    public record Result(int exitCode, String out, String err) {}

    /** Runs {@code args} with empty standard input. */
    public static Result run(EntryPoint entry, Charset decode, List<String> args) {
        return run(entry, "", decode, args.toArray(String[]::new));
    }

    /**
     * Runs {@code args} with {@code stdin} (UTF-8) as standard input; the captured output is decoded with
     * {@code decode} (UTF-8 for text; ISO-8859-1 to keep each byte as one char, for byte-exact comparisons).
     */
    public static Result run(EntryPoint entry, String stdin, Charset decode, String... args) {
        return run(entry, TIMEOUT, stdin, decode, args);
    }

    /** {@link #run(EntryPoint, String, Charset, String...)} for runs that may take longer (building an image). */
    public static Result run(EntryPoint entry, Duration timeout, String stdin, Charset decode, String... args) {
        synchronized (LOCK) {
            PrintStream oldOut = System.out;
            PrintStream oldErr = System.err;
            InputStream oldIn = System.in;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            AtomicInteger code = new AtomicInteger(-1);
            AtomicReference<Throwable> crash = new AtomicReference<>();
            try {
                PrintStream capturedOut = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream capturedErr = new PrintStream(err, true, StandardCharsets.UTF_8);
                System.setOut(capturedOut);
                System.setErr(capturedErr);
                InputStream input = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
                System.setIn(input);
                Thread thread = new Thread(null, () -> {
                    try {
                        code.set(entry.run(input, capturedOut, capturedErr, args.clone()));
                    } catch (Throwable t) {
                        crash.set(t);
                    }
                }, "nixj-in-process", STACK_SIZE);
                thread.setDaemon(true);
                thread.start();
                thread.join(timeout.toMillis());
                if (thread.isAlive()) {
                    return new Result(-1, out.toString(decode),
                            err.toString(decode) + "\n[nixj did not finish within " + timeout.toMillis() + " ms]\n");
                }
                if (crash.get() != null) {
                    return new Result(-1, out.toString(decode), err.toString(decode) + "\n[nixj crashed: " + crash.get() + "]\n");
                }
                return new Result(code.get(), out.toString(decode), err.toString(decode));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                System.setOut(oldOut);
                System.setErr(oldErr);
                System.setIn(oldIn);
            }
        }
    }
}
