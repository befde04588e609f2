package org.nixj.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.nixj.fetch.Downloader;

/**
 * Everything an evaluation takes from or gives to the machine it runs on: files, nixj's store, downloads, the
 * clock, the environment and the lines {@code builtins.trace} and warnings print. The evaluator calls nothing
 * else for I/O, so an embedder or a test can decide what an evaluation sees.
 *
 * <p>{@link #system()} is the machine itself, as the {@code nixj} command uses it; {@link IsolatedIO} keeps an
 * evaluation away from the user's store, environment, clock and network (tests, benchmarks).
 */
public interface EvalIO {
    /**
     * The file an absolute Nix path outside the store names (a byte string of UTF-8 file-name bytes). Store
     * paths are found under {@link #storeRoot()} instead.
     */
    default Path file(String path) {
        return NixPaths.toFile(path);
    }

    /** Where nixj's store keeps its objects on disk. */
    Path storeRoot();

    /** How {@code fetchurl}, {@code fetchTarball} and {@code fetchTree} get URLs. */
    Downloader downloader();

    /** {@code builtins.currentTime} and the age of cached downloads: seconds since the epoch. */
    long currentTime();

    /** What {@code builtins.getEnv} sees. */
    Map<String, String> environment();

    /** What {@code ~} in paths stands for. */
    String homeDirectory();

    /**
     * Receives one line of {@code builtins.trace} output or one warning, with its prefix ({@code trace: },
     * {@code warning: }, {@code evaluation warning: }). The line is a Nix byte string: each char is one byte.
     */
    void diagnostic(String line);

    /**
     * The machine itself: files as they are, the store under {@code storeRoot} (null for nixj's default,
     * {@code $XDG_DATA_HOME/nixj/store}), downloads over the network, the system clock, the process's
     * environment and home directory, and diagnostics on {@code diagnostics}.
     */
    static EvalIO system(Path storeRoot, PrintStream diagnostics) {
        return system(storeRoot, line -> ByteStrings.writeLine(diagnostics, line));
    }

    /**
     * {@link #system(Path, PrintStream)} with each diagnostic line (a byte string, without its newline) handed
     * to {@code diagnostics}, for a caller that filters or decorates them.
     */
    static EvalIO system(Path storeRoot, Consumer<String> diagnostics) {
        return new SystemIO(storeRoot, diagnostics);
    }

    /** {@link #system(Path, PrintStream)} with nixj's default store and diagnostics on standard error. */
    static EvalIO system() {
        return system(null, System.err);
    }
}
