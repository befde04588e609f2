package org.nixj.cli.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.nixj.cli.Console;
import org.nixj.cli.EvalOptions;
import org.nixj.cli.ExprOrFile;
import org.nixj.cli.FlakeOptions;
import org.nixj.cli.InstallableOptions;
import org.nixj.eval.Evaluator;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.Value;
import org.nixj.flake.Flakes;
import org.nixj.os.ProcessText;
import org.nixj.parser.SourceParser;
import org.nixj.source.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code nixj repl}: the {@code nix repl} command. Its arguments are loaded into the scope first: with
 * {@code --file} or {@code --expr}, that value (or the attribute paths given of it); otherwise each argument
 * is a {@code <path>} or a file (as {@code :l}), or a flake reference (as {@code :lf}: outputs and inputs) or
 * an installable {@code REF#attr}. Evaluation is impure, as in {@code nix repl}.
 */
@Command(
        name = "repl",
        mixinStandardHelpOptions = true,
        versionProvider = org.nixj.cli.VersionProvider.class,
        description = "Explore Nix values, flakes and NixOS configurations interactively, like 'nix repl'.")
public final class ReplCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "INSTALLABLE|FILE",
            description = "What to load: a flake ('.', 'path:/a'), an installable ('.#attr'), a file or '<nixpkgs>';"
                    + " with --file or --expr, attribute paths of that value.")
    List<String> arguments = new ArrayList<>();

    @Mixin
    InstallableOptions options = new InstallableOptions();

    private final Console console;

    ReplCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        EvalOptions evalOptions = options.evalOptions();
        FlakeOptions flakeOptions = options.flakeOptions();
        Evaluator evaluator = evalOptions.evaluator(false, true, console);
        Path workingDirectory = ProcessText.workingDirectory();
        Flakes flakes = new Flakes(evaluator, flakeOptions.lockOptions(workingDirectory, EvalOptions::bundledNixpkgs, console::warn),
                console::warn);
        String system = flakeOptions.system() != null ? flakeOptions.system() : evaluator.settings().currentSystem();
        ReplContext context = new ReplContext(evaluator, evalOptions.autoArgs(evaluator),
                new ReplFlakes(flakes, workingDirectory, system), workingDirectory, Editor.system(System.getenv()));

        Path history = TerminalRepl.defaultHistoryFile(System.getenv(), SourceParser.defaultHomeDirectory());
        boolean ownStreams = console.in() == System.in && console.out() == System.out && onTerminal();
        TerminalRepl terminal = ownStreams ? TerminalRepl.system(history)
                : TerminalRepl.streams(console.in(), console.out(), null);
        PrintStream out = ownStreams ? new PrintStream(terminal.output(), true, StandardCharsets.ISO_8859_1) : console.out();
        ReplSession session = new ReplSession(context, out, console.err(), ownStreams && terminal.colors(System.getenv()),
                evalOptions.showTrace());

        console.err().println("nixj " + version() + "\nType :? for help.");
        load(session, evaluator, workingDirectory);
        terminal.run(session);
        return 0;
    }

    /**
     * Whether this process reads from and writes to a terminal (then JLine takes the terminal itself; else it
     * reads the console's streams as a dumb terminal). JDK 22 and later have a console even on pipes and say
     * whether it is a terminal with {@code Console.isTerminal()}, which the release this is compiled for
     * lacks; on JDK 21 a console exists only on a terminal.
     */
    private static boolean onTerminal() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    private static String version() {
        String version = ReplCommand.class.getPackage().getImplementationVersion();
        return version != null ? version : "(development build)";
    }

    /** The command line's values into the scope, each remembered for {@code :r}. */
    private void load(ReplSession session, Evaluator evaluator, Path workingDirectory) {
        ExprOrFile input = options.code();
        if (input != null) {
            Supplier<Value> root = input.expr() != null
                    ? () -> evaluator.evaluate(Source.ofExpression(input.expr(), workingDirectory.toString()))
                    : () -> evaluator.evaluateFile(workingDirectory.resolve(input.file()));
            NixAttrs autoArgs = options.evalOptions().autoArgs(evaluator);
            Supplier<Value> called = () -> evaluator.autoCall(root.get(), autoArgs);
            if (arguments.isEmpty()) {
                session.loadInstallableReported("", called);
            }
            for (String attrPath : arguments) {
                session.loadInstallableReported(attrPath, () -> evaluator.select(called.get(), attrPath, autoArgs));
            }
            return;
        }
        for (String argument : arguments) {
            if (isFile(argument, workingDirectory)) {
                session.loadFileReported(argument);
            } else if (argument.contains("#")) {
                session.loadInstallableReported(argument, () -> session.flakes().installable(argument));
            } else {
                session.loadFlakeReported(argument);
            }
        }
    }

    /** {@code <path>}, a {@code .nix} file, or a folder that is no flake: loaded as a file, as Nix 2.8 did. */
    private static boolean isFile(String argument, Path workingDirectory) {
        if (argument.startsWith("<") && argument.endsWith(">")) {
            return true;
        }
        if (argument.contains(":") || argument.contains("#")) {
            return false;
        }
        Path path = workingDirectory.resolve(argument);
        return Files.isRegularFile(path) || Files.isDirectory(path) && !Files.exists(path.resolve("flake.nix"));
    }
}
