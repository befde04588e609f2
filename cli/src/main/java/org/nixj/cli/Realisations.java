package org.nixj.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.nixj.build.BuildException;
import org.nixj.build.BuildGoal;
import org.nixj.build.Realiser;
import org.nixj.eval.ByteStrings;
import org.nixj.store.Store;
import org.nixj.store.StorePath;

/** What the commands that build ({@code nixj build}, {@code nixj flake check}) share around a {@link Realiser}. */
final class Realisations {
    private Realisations() {}

    /** Whether a status line suits {@code console}: its standard error is this process's own, on a terminal. */
    static boolean onTerminal(Console console) {
        return System.console() != null && console.err() == System.err && !"dumb".equals(System.getenv("TERM"));
    }

    /** Realises {@code goals}; a Ctrl-C stops the builds and waits for them to clean up before the JVM exits. */
    static Map<BuildGoal, SortedMap<String, StorePath>> realiseInterruptibly(Realiser realiser, List<BuildGoal> goals)
            throws BuildException {
        Thread onInterrupt = new Thread(realiser::cancel, "nixj-build-cancel");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            return realiser.realise(goals);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is exiting: the hook is running and cleaning up.
            }
        }
    }

    /** The size of a store path's file on disk (0 for a directory or when it cannot be read), for progress. */
    static long sizeOf(Store store, StorePath path) {
        try {
            Path file = store.physical(path);
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Prints the errors of a failed realisation as Nix does, one {@code error:} each; returns Nix's exit status. */
    static int reportFailure(Console console, BuildException e) {
        for (String error : e.errors()) {
            console.message(ByteStrings.fromText("error: " + error.replace("\n", "\n       ") + "\n"));
        }
        return ErrorReporter.NIX_ERROR;
    }
}
