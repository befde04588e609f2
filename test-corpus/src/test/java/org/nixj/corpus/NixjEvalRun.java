package org.nixj.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nixj.cli.Console;
import org.nixj.cli.Main;
import org.nixj.testsupport.InProcessCli;

/**
 * Runs {@code nixj instantiate ARGS} in-process (with a private {@code --store}) through test-support's
 * {@link InProcessCli}, capturing its exit code and its standard output and error as byte strings. Runs are
 * sequential (standard streams are process-wide) and each happens on its own thread with a large stack, as the
 * real command line runs; a run that does not finish in time, or crashes, ends with exit code -1.
 */
record NixjEvalRun(int exitCode, String out, String err) {
    /** The command line's entry point, writing to the captured streams. */
    private static final InProcessCli.EntryPoint NIXJ = (in, out, err, args) ->
            Main.commandLine(new Console(in, out, err)).execute(args);

    /** A private store for the runs, so that tests never write to the user's nixj store. */
    private static final Path STORE = privateStore();

    private static Path privateStore() {
        try {
            return Files.createTempDirectory("nixj-corpus-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NixjEvalRun instantiate(List<String> arguments) {
        List<String> args = new ArrayList<>(List.of("instantiate", "--store", STORE.toString()));
        args.addAll(arguments);
        InProcessCli.Result r = InProcessCli.run(NIXJ, StandardCharsets.ISO_8859_1, args);
        return new NixjEvalRun(r.exitCode(), r.out(), r.err());
    }
}
