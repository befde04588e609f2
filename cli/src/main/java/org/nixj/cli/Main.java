package org.nixj.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.nixj.os.FileNames;
import org.nixj.os.ProcessText;
import org.nixj.stack.LargeStack;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The entry point of {@code nixj}. */
public final class Main {
    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    private Main() {}

    public static void main(String[] args) {
        // An error on another thread (a builder's, say) must end the run the same way as on the command's.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            ErrorReporter.fatal(Console.system(), e);
            if (e instanceof Error) {
                Runtime.getRuntime().halt(ErrorReporter.NIX_ERROR);
            }
        });
        System.setOut(StrictOutput.standardOutput(System.out));
        // Arguments are bytes, as in Nix, not text in the locale's charset (non-ASCII bytes under LANG=C).
        System.exit(run(Console.system(), ProcessText.arguments(args)));
    }

    /**
     * Runs a command line with {@code console}'s streams and returns its exit code. Commands run on a
     * large-stack thread, because parsing, printing and evaluating deeply nested code recurse deeply. Whatever
     * ends the run, running out of memory included, ends in one {@code error:} line, and output that could not
     * be written is an error too.
     */
    public static int run(Console console, String... args) {
        int code;
        try {
            code = LargeStack.call(() -> commandLine(console, args).execute(args),
                    () -> new IllegalStateException("stack overflow"));
        } catch (RuntimeException | Error e) {
            return ErrorReporter.fatal(console, e);
        }
        try {
            // What is still buffered must reach its file too.
            console.out().flush();
        } catch (UncheckedIOException e) {
            // Reported already if the command itself failed on it.
            return code == 0 ? ErrorReporter.fatal(console, e) : code;
        }
        if (code == 0 && console.out().checkError()) {
            // A stream that swallowed the failure (an embedder's PrintStream): its reason is lost.
            console.message("error: writing to file: standard output could not be written\n");
            return ErrorReporter.NIX_ERROR;
        }
        return code;
    }

    /**
     * The configured picocli command line writing to {@code console}, also used by tests and
     * shell-completion generation.
     */
    public static CommandLine commandLine(Console console) {
        return commandLine(console, NixjCommand.SUBCOMMANDS);
    }

    /**
     * The command line for running {@code args}: when they start with a subcommand's name, only that
     * subcommand is modelled. picocli builds a command's model by reflection over every option of every
     * nested command, which for all of nixj's commands is a good part of a short run's start-up.
     */
    private static CommandLine commandLine(Console console, String[] args) {
        if (args.length > 0) {
            for (Class<?> type : NixjCommand.SUBCOMMANDS) {
                Command command = type.getAnnotation(Command.class);
                if (command.name().equals(args[0]) || List.of(command.aliases()).contains(args[0])) {
                    return commandLine(console, List.of(type));
                }
            }
        }
        return commandLine(console);
    }

    private static CommandLine commandLine(Console console, List<Class<?>> subcommands) {
        // picocli registers converters for java.time and java.sql types by reflection, loading dozens of
        // classes on every start (~25 ms); no nixj option has such a type.
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\.time\\..*,java\\.sql\\..*");
        }
        ConsoleFactory factory = new ConsoleFactory(console);
        CommandLine cli = new CommandLine(new NixjCommand(), factory);
        for (Class<?> type : subcommands) {
            cli.addSubcommand(new CommandLine(type, factory));
        }
        // As in Nix, a flag may be repeated (--eval --eval, -E -E); the last value counts. (Set after the
        // subcommands are added: picocli applies it to those present.)
        cli.setOverwrittenOptionsAllowed(true);
        // File names on the command line are bytes (ProcessText keeps them so); the JDK's own conversion would
        // refuse a non-ASCII name when the locale is C (LANG unset).
        cli.registerConverter(Path.class, FileNames::of);
        // picocli writes help and version text itself and reports a write that throws with a stack trace; so it
        // gets a writer that swallows the failure, and the run's last flush reports it (run).
        cli.setOut(new PrintWriter(new OutputStreamWriter(StrictOutput.checked(console.out()), StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(console.err(), StandardCharsets.UTF_8), true));
        ErrorReporter reporter = new ErrorReporter(console);
        cli.setExecutionExceptionHandler(reporter);
        cli.setParameterExceptionHandler(reporter);
        return cli;
    }

    /** Makes the commands picocli instantiates, giving the console to those whose constructor asks for it. */
    private record ConsoleFactory(Console console) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                var constructor = type.getDeclaredConstructor(Console.class);
                constructor.setAccessible(true);
                return constructor.newInstance(console);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
