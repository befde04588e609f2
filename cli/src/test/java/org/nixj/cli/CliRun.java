package org.nixj.cli;

import java.nio.charset.StandardCharsets;
import org.nixj.testsupport.InProcessCli;

/**
 * Runs {@code nixj} in-process with the given standard input, capturing its exit code and output (decoded as
 * UTF-8), through test-support's {@link InProcessCli}.
 */
record CliRun(int exitCode, String out, String err) {
    /** The command line's entry point, writing to the captured streams. */
    static final InProcessCli.EntryPoint NIXJ = (in, out, err, args) ->
            Main.commandLine(new Console(in, out, err)).execute(args);

    static CliRun withInput(String stdin, String... args) {
        InProcessCli.Result r = InProcessCli.run(NIXJ, stdin, StandardCharsets.UTF_8, args);
        return new CliRun(r.exitCode(), r.out(), r.err());
    }

    static CliRun run(String... args) {
        return withInput("", args);
    }

    /** A run allowed {@code timeout} instead of test-support's default (building a whole image). */
    static CliRun runWithin(java.time.Duration timeout, String... args) {
        InProcessCli.Result r = InProcessCli.run(NIXJ, timeout, "", StandardCharsets.UTF_8, args);
        return new CliRun(r.exitCode(), r.out(), r.err());
    }
}
