package org.nixj.cli;

import org.nixj.stack.LargeStack;
import picocli.CommandLine;

/** The entry point of {@code nixj}. */
public final class Main {
    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs a command line and returns its exit code. Commands run on a large-stack thread, because parsing,
     * printing and evaluating deeply nested code recurse deeply.
     */
    public static int run(String... args) {
        return LargeStack.call("nixj-main", () -> commandLine().execute(args),
                () -> new IllegalStateException("stack overflow"));
    }

    /** The configured picocli command line, also used by tests and shell-completion generation. */
    public static CommandLine commandLine() {
        // picocli registers converters for java.time and java.sql types by reflection, loading dozens of
        // classes on every start (~25 ms); no nixj option has such a type.
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\.time\\..*,java\\.sql\\..*");
        }
        CommandLine cli = new CommandLine(new NixjCommand());
        ErrorReporter reporter = new ErrorReporter();
        cli.setExecutionExceptionHandler(reporter);
        cli.setParameterExceptionHandler(reporter);
        return cli;
    }
}
