package org.nixj.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The oracle: runs the real {@code nix-instantiate} (Debian's nix-bin, Nix 2.8, where it is installed) and
 * captures what it prints, for tests that compare nixj with Nix.
 *
 * <p>Every run is private: Nix gets a state directory of its own ({@code NIX_STATE_DIR}) and a chroot store
 * under it ({@code --store}), so it needs neither a daemon nor root and never writes to {@code /nix}; with
 * {@code --read-write-mode} it writes (and reads back) {@code .drv} files and sources there. {@code NIX_PATH}
 * is empty, and {@code NIX_CONFIG} clears {@code build-users-group} (a fresh nix-bin install has no nixbld
 * group, and Nix would warn about it on every run). The state directory is shared by the runs of one JVM.
 *
 * <p>A run is described by an {@link Invocation} and gives an {@link Output}:
 *
 * <pre>{@code
 * NixOracle.assumeInstalled();   // skips the test, with the reason, where Nix is missing
 * NixOracle.Output out = NixOracle.instantiate().eval().strict().expression("1 + 1").run();
 * assertEquals("2\n", out.stdout());
 * }</pre>
 *
 * <p>Tests that need Nix call {@link #assumeInstalled()} (in the test, or in a {@code @BeforeAll} /
 * jqwik {@code @BeforeContainer}), so that without Nix they are reported as skipped, with
 * {@link #NOT_INSTALLED} as the reason, rather than failing or silently passing.
 */
public final class NixOracle {
    /** The program run, looked up on {@code PATH}. */
    public static final String PROGRAM = "nix-instantiate";

    /** Why tests that need Nix are skipped where it is missing. */
    public static final String NOT_INSTALLED =
            "nix-instantiate is not installed (the oracle, Debian's nix-bin with Nix 2.8; scripts/test.sh installs it)";

    /** How long a run may take unless its invocation says otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private static Boolean installed;

    private NixOracle() {}

    /** Whether {@value #PROGRAM} is an executable on {@code PATH}. */
    public static synchronized boolean installed() {
        if (installed == null) {
            installed = onPath(PROGRAM);
        }
        return installed;
    }

    /** Skips the calling test (or container) with {@link #NOT_INSTALLED} as the reason where Nix is missing. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(installed(), NOT_INSTALLED);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** A new invocation of {@code nix-instantiate}, without arguments yet. */
    public static Invocation instantiate() {
        return new Invocation();
    }

    /** The state directory of this JVM's runs (the chroot store is its {@code root}). */
    static Path stateDirectory() {
        return State.DIRECTORY;
    }

    private static final class State {
        static final Path DIRECTORY;

        static {
            try {
                DIRECTORY = Files.createTempDirectory("nixj-oracle-state");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Exit status, standard output and standard error of one run. The texts are byte strings: each char is one
     * byte of the output (ISO-8859-1), so that any output, valid UTF-8 or not, compares exactly; use
     * {@link #stdoutUtf8()} and {@link #stderrUtf8()} for text.
     */
    public record Output(int exitCode, String stdout, String stderr) {
        public String stdoutUtf8() {
            return utf8(stdout);
        }

        public String stderrUtf8() {
            return utf8(stderr);
        }

        /** The first line of {@code text}, without its line break (all of it when it has none). */
        public static String firstLine(String text) {
            int newline = text.indexOf('\n');
            return newline < 0 ? text : text.substring(0, newline);
        }

        private static String utf8(String byteString) {
            return new String(byteString.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        }
    }

    /** Thrown by {@link Invocation#run()} when Nix does not finish in time (it is killed). */
    public static final class TimeoutException extends IllegalStateException {
        TimeoutException(String message) {
            super(message);
        }
    }

    /**
     * One run of {@code nix-instantiate}: its arguments, in the order given (the private {@code --store} comes
     * first), and how it runs. Not thread-safe; an invocation may be run more than once.
     */
    public static final class Invocation {
        private final List<String> args = new ArrayList<>();
        private final Map<String, String> env = new LinkedHashMap<>();
        private final List<String> expressionFiles = new ArrayList<>();
        private Path directory;
        private Duration timeout = DEFAULT_TIMEOUT;
        private boolean mergeStderr;

        private Invocation() {}

        /** Appends arguments as they are. */
        public Invocation args(String... arguments) {
            return args(List.of(arguments));
        }

        /** Appends arguments as they are (for example a case's flags, or {@code --eval --strict FILE}). */
        public Invocation args(List<String> arguments) {
            args.addAll(arguments);
            return this;
        }

        /** {@code --eval}. */
        public Invocation eval() {
            return args("--eval");
        }

        /** {@code --strict}. */
        public Invocation strict() {
            return args("--strict");
        }

        /** {@code --json}. */
        public Invocation json() {
            return args("--json");
        }

        /** {@code --xml}. */
        public Invocation xml() {
            return args("--xml");
        }

        /** {@code --parse}. */
        public Invocation parse() {
            return args("--parse");
        }

        /** {@code --read-write-mode}: Nix writes {@code .drv} files and sources to the private store. */
        public Invocation readWriteMode() {
            return args("--read-write-mode");
        }

        /** {@code --show-trace}. */
        public Invocation showTrace() {
            return args("--show-trace");
        }

        /** {@code -I ENTRY}: a search path entry, {@code PATH} or {@code NAME=PATH}. */
        public Invocation include(String entry) {
            return args("-I", entry);
        }

        /** {@code --arg NAME EXPRESSION}. */
        public Invocation arg(String name, String expression) {
            return args("--arg", name, expression);
        }

        /** {@code --argstr NAME VALUE}. */
        public Invocation argstr(String name, String value) {
            return args("--argstr", name, value);
        }

        /** {@code -A ATTRPATH}. */
        public Invocation attr(String attrPath) {
            return args("-A", attrPath);
        }

        /** {@code -E EXPRESSION}: the expression on the command line (relative paths start at the working directory). */
        public Invocation expression(String expression) {
            return args("-E", expression);
        }

        /**
         * The expression as the file to evaluate: it is written, as UTF-8, to a temporary {@code .nix} file for
         * each run (command-line arguments would be encoded by the locale). Relative paths in it start at the
         * temporary directory.
         */
        public Invocation expressionFile(String expression) {
            expressionFiles.add(expression);
            args.add(null); // the file's place among the arguments, filled in by run()
            return this;
        }

        /** A file to evaluate or parse. */
        public Invocation file(Path file) {
            return args(file.toString());
        }

        /** Sets an environment variable (after the defaults, so it may replace them). */
        public Invocation env(String name, String value) {
            env.put(name, value);
            return this;
        }

        /** {@code HOME} (what {@code ~} means in paths). */
        public Invocation home(String home) {
            return env("HOME", home);
        }

        /** The working directory; by default the test's. */
        public Invocation directory(Path workingDirectory) {
            this.directory = workingDirectory;
            return this;
        }

        /** How long the run may take; {@link NixOracle#DEFAULT_TIMEOUT} by default. */
        public Invocation timeout(Duration limit) {
            this.timeout = limit;
            return this;
        }

        /**
         * Standard error goes to standard output, interleaved as a terminal would show them ({@link Output#stderr()}
         * is then empty).
         */
        public Invocation mergeStderr() {
            this.mergeStderr = true;
            return this;
        }

        /** The command line, with the private store and with placeholders for expression files. */
        public List<String> command() {
            List<String> command = prefix();
            for (String arg : args) {
                command.add(arg == null ? "<expression file>" : arg);
            }
            return command;
        }

        private static List<String> prefix() {
            return new ArrayList<>(List.of(PROGRAM, "--store", stateDirectory().resolve("root").toString()));
        }

        /**
         * Runs Nix and waits for it.
         *
         * @throws TimeoutException when it takes longer than the timeout
         */
        public Output run() {
            return runWithinTimeout().orElseThrow(() -> new TimeoutException(
                    PROGRAM + " did not finish within " + timeout.toMillis() + " ms: " + String.join(" ", command())));
        }

        /**
         * Runs Nix and waits for it; empty when it takes longer than the timeout (for inputs on which Nix itself
         * may take exponential time, such as some regular expressions in libstdc++'s matcher).
         */
        public Optional<Output> runWithinTimeout() {
            List<Path> temporary = new ArrayList<>();
            try {
                List<String> command = prefix();
                int nextExpression = 0;
                for (String arg : args) {
                    if (arg == null) {
                        Path file = Files.createTempFile("nixj-oracle", ".nix");
                        temporary.add(file);
                        Files.writeString(file, expressionFiles.get(nextExpression++), StandardCharsets.UTF_8);
                        command.add(file.toString());
                    } else {
                        command.add(arg);
                    }
                }
                ProcessBuilder pb = new ProcessBuilder(command);
                if (directory != null) {
                    pb.directory(directory.toFile());
                }
                pb.environment().put("NIX_STATE_DIR", stateDirectory().toString());
                pb.environment().put("NIX_CONFIG", "build-users-group =");
                pb.environment().put("NIX_PATH", "");
                pb.environment().putAll(env);
                // Files rather than pipes: nothing blocks on a full pipe, and the timeout holds while Nix writes.
                Path out = Files.createTempFile("nixj-oracle", ".out");
                temporary.add(out);
                pb.redirectOutput(out.toFile());
                Path err = null;
                if (mergeStderr) {
                    pb.redirectErrorStream(true);
                } else {
                    err = Files.createTempFile("nixj-oracle", ".err");
                    temporary.add(err);
                    pb.redirectError(err.toFile());
                }
                Process p = pb.start();
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    p.waitFor();
                    return Optional.empty();
                }
                String stdout = new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1);
                String stderr = err == null ? "" : new String(Files.readAllBytes(err), StandardCharsets.ISO_8859_1);
                return Optional.of(new Output(p.exitValue(), stdout, stderr));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                for (Path file : temporary) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException ignored) {
                        // a temporary file left behind is harmless
                    }
                }
            }
        }
    }
}
