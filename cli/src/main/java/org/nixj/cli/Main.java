package org.nixj.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.nixj.stack.LargeStack;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The entry point of {@code nixj}. */
public final class Main {
    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(Console.system(), args));
    }

    /**
     * Runs a command line with {@code console}'s streams and returns its exit code. Commands run on a
     * large-stack thread, because parsing, printing and evaluating deeply nested code recurse deeply.
     */
    public static int run(Console console, String... args) {
        return LargeStack.call(() -> commandLine(console, args).execute(args),
                () -> new IllegalStateException("stack overflow"));
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
        cli.setOut(new PrintWriter(new OutputStreamWriter(console.out(), StandardCharsets.UTF_8), true));
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
