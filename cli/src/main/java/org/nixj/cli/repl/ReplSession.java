package org.nixj.cli.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.nixj.build.BuildEvent;
import org.nixj.build.BuildException;
import org.nixj.build.BuildGoal;
import org.nixj.build.BuildOptions;
import org.nixj.build.Realiser;
import org.nixj.cli.BuildSetup;
import org.nixj.cli.ResultLinks;
import org.nixj.eval.ByteStrings;
import org.nixj.eval.Evaluator;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.print.PrintOptions;
import org.nixj.eval.value.Closure;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixPath;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.Value;
import org.nixj.flake.FlakeException;
import org.nixj.parser.ParseError;
import org.nixj.parser.SourceParser;
import org.nixj.source.AnsiEscapes;
import org.nixj.source.ErrorRenderer;
import org.nixj.source.NixError;
import org.nixj.source.Pos;
import org.nixj.source.Source;
import org.nixj.store.Store;
import org.nixj.syntax.AttrName;
import org.nixj.syntax.Expr;
import org.nixj.syntax.ExprPrinter;
import org.nixj.syntax.NixLiterals;

/**
 * One REPL session, independent of any terminal: its scope, what it loaded, and what each line of input
 * does. {@link #process} takes the input so far (one line, or several while an expression is open) and says
 * whether more is needed; values go to {@code out}, errors and notices to {@code err}, as in {@code nix repl}.
 * An error ends the line, never the session.
 */
final class ReplSession {
    /** What became of the input given to {@link #process}. */
    enum Outcome {
        /** Handled (or reported as an error): read new input. */
        DONE,
        /** An expression still open (brackets, a string, {@code let} without {@code in}): read another line and give both. */
        INCOMPLETE,
        /** {@code :q}: leave. */
        QUIT
    }

    /** Something loaded into the scope, remembered so that {@code :r} loads it again. */
    private sealed interface Loaded {
        /** A file or {@code <path>}, {@code :l}. */
        record File(String path) implements Loaded {}

        /** A flake, {@code :lf}. */
        record Flake(String ref) implements Loaded {}

        /** A value from the command line ({@code --file}, {@code --expr}, an installable), computed anew on reload. */
        record Installable(String description, Supplier<Value> value) implements Loaded {}
    }

    /** How many loaded names {@code nix repl} lists after "Added N variables.". */
    private static final int NAMES_LISTED = 20;

    private final ReplContext context;
    private final Evaluator evaluator;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean colors;
    private boolean showTrace;
    private final Scope scope = new Scope();
    private final List<Loaded> loaded = new ArrayList<>();
    private NixAttrs lastLoaded = NixAttrs.EMPTY;

    /**
     * @param colors colour values and keep the colours of error messages (on a terminal); without, every
     *     escape sequence in an error message is dropped
     * @param showTrace show error traces ({@code --show-trace}; {@code :te} toggles it)
     */
    ReplSession(ReplContext context, PrintStream out, PrintStream err, boolean colors, boolean showTrace) {
        this.context = context;
        this.evaluator = context.evaluator();
        this.out = out;
        this.err = err;
        this.colors = colors;
        this.showTrace = showTrace;
    }

    Evaluator evaluator() {
        return evaluator;
    }

    /** The variables in scope, sorted. */
    Set<String> variableNames() {
        return scope.names();
    }

    /** The scope as a set. */
    NixAttrs scopeAttrs() {
        return scope.attrs();
    }

    /** Flake loading, or {@code null} where flakes are not available. */
    ReplFlakes flakes() {
        return context.flakes();
    }

    Path workingDirectory() {
        return context.workingDirectory();
    }

    /**
     * Handles {@code input}: a command, an assignment or an expression. Errors are printed and the session
     * goes on; every handled input ends with an empty line, as in {@code nix repl}.
     */
    Outcome process(String input) {
        String line = input.strip();
        if (line.isEmpty()) {
            return Outcome.DONE;
        }
        evaluator.clearInterrupt();
        Outcome outcome = guarded(() -> dispatch(line));
        if (outcome == Outcome.DONE) {
            out.println();
        }
        out.flush();
        return outcome;
    }

    /** Loads a file or {@code <path>} as {@code :l} does; errors are printed. */
    void loadFileReported(String path) {
        guarded(() -> {
            loadFile(path);
            return Outcome.DONE;
        });
    }

    /** Loads a flake as {@code :lf} does; errors are printed. */
    void loadFlakeReported(String ref) {
        guarded(() -> {
            loadFlake(ref);
            return Outcome.DONE;
        });
    }

    /** Adds the attributes of a value from the command line (recomputed by {@code :r}); errors are printed. */
    void loadInstallableReported(String description, Supplier<Value> value) {
        guarded(() -> {
            loadInstallable(new Loaded.Installable(description, value));
            return Outcome.DONE;
        });
    }

    private interface Work {
        Outcome run();
    }

    /** Runs {@code work}, printing any failure as nixj prints errors; an open expression asks for more input. */
    private Outcome guarded(Work work) {
        try {
            return work.run();
        } catch (ParseError e) {
            if (e.getMessage().contains("unexpected end of file")) {
                return Outcome.INCOMPLETE;
            }
            report(ErrorRenderer.render(e, showTrace));
        } catch (NixError e) {
            // An interruption is the user's doing, not the code's: no position or frame to show, as in Nix.
            boolean interrupted = e instanceof EvalError eval && eval.kind() == ErrorKind.INTERRUPTED;
            report(interrupted ? "error: " + e.getMessage() + "\n" : ErrorRenderer.render(e, showTrace));
        } catch (ReplError | FlakeException e) {
            report("error: " + e.getMessage() + "\n");
        } catch (UncheckedIOException e) {
            report("error: " + e.getCause().getMessage() + "\n");
        } catch (RuntimeException e) {
            // A bug in nixj must not end the session the user has built up.
            report("error: internal error in nixj (" + e.getClass().getSimpleName() + "): " + e.getMessage() + "\n");
        }
        return Outcome.DONE;
    }

    /** An error report: escapes from Nix code in it are dropped unless on a terminal with colours, as Nix does. */
    private void report(String byteString) {
        out.flush();
        ByteStrings.write(err, AnsiEscapes.filter(byteString, colors));
        err.flush();
    }

    private void notice(String text) {
        out.flush();
        ByteStrings.writeLine(err, ByteStrings.fromText(text));
        err.flush();
    }

    private Outcome dispatch(String line) {
        if (!line.startsWith(":")) {
            return expressionOrAssignment(line);
        }
        int space = firstWhitespace(line);
        String command = space < 0 ? line : line.substring(0, space);
        String arg = space < 0 ? "" : line.substring(space).strip();
        switch (command) {
            case ":?", ":help" -> ByteStrings.write(out, ByteStrings.fromText(ReplHelp.TEXT));
            case ":a", ":add" -> addToScope(forceAttrs(evaluate(expressionArgument(command, arg)),
                    "while evaluating an attribute set to be merged in the global scope"));
            case ":l", ":load" -> {
                evaluator.forgetImports();
                loadFile(argument(command, arg, "a path"));
            }
            case ":lf", ":load-flake" -> loadFlake(arg);
            case ":ll", ":last-loaded" -> {
                for (String name : lastLoaded.names()) {
                    ByteStrings.writeLine(out, name);
                }
            }
            case ":r", ":reload" -> reload();
            case ":e", ":edit" -> edit(expressionArgument(command, arg));
            case ":t" -> ByteStrings.writeLine(out, ByteStrings.fromText(evaluate(expressionArgument(command, arg)).showType()));
            case ":b", ":bl", ":i", ":sh", ":u", ":log" -> build(command, expressionArgument(command, arg));
            case ":p", ":print" -> {
                Value v = evaluate(expressionArgument(command, arg));
                ByteStrings.writeLine(out, v instanceof NixString s ? s.value()
                        : evaluator.print(v, printOptions().withMaxDepth(Integer.MAX_VALUE)));
            }
            case ":q", ":quit" -> {
                return Outcome.QUIT;
            }
            case ":doc" -> ByteStrings.writeLine(out, ByteStrings.fromText(new Documentation(this).describe(expressionArgument(command, arg))));
            case ":o", ":option" -> ByteStrings.write(out, ByteStrings.fromText(new OptionInspector(this).describe(argument(command, arg, "an option name"))));
            case ":te", ":trace-enable" -> toggleTraces(command, arg);
            default -> throw new ReplError("unknown command '" + command + "'");
        }
        return Outcome.DONE;
    }

    private static int firstWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String expressionArgument(String command, String arg) {
        return argument(command, arg, "an expression");
    }

    private static String argument(String command, String arg, String what) {
        if (arg.isEmpty()) {
            throw new ReplError("'" + command + "' needs " + what + " (see :?)");
        }
        return arg;
    }

    /** {@code x = e} binds {@code x} lazily, as Nix does; anything else is evaluated and printed one level deep. */
    private Outcome expressionOrAssignment(String line) {
        int eq = line.indexOf('=');
        if (eq > 0 && eq + 1 < line.length() && line.charAt(eq + 1) != '=') {
            String name = line.substring(0, eq).strip();
            if (isVariableName(name)) {
                Lazy value = evaluator.evaluateLazily(source(line.substring(eq + 1)), scope.attrs());
                scope.put(name, value);
                return Outcome.DONE;
            }
        }
        ByteStrings.writeLine(out, evaluator.print(evaluate(line), printOptions()));
        return Outcome.DONE;
    }

    /** Whether {@code s} can be a variable's name (the test Nix's REPL makes before an assignment). */
    static boolean isVariableName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char first = s.charAt(0);
        if (first >= '0' && first <= '9' || first == '-' || first == '\'') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '\'')) {
                return false;
            }
        }
        return true;
    }

    PrintOptions printOptions() {
        return PrintOptions.REPL.withAnsiColors(colors);
    }

    Source source(String text) {
        return Source.ofExpression(text, context.workingDirectory().toString());
    }

    /** {@code text} evaluated in the session's scope, to weak head normal form. */
    Value evaluate(String text) {
        return evaluator.evaluate(source(text), scope.attrs());
    }

    NixAttrs forceAttrs(Value v, String errorContext) {
        if (v instanceof NixAttrs attrs) {
            return attrs;
        }
        throw new EvalError(ErrorKind.TYPE, "expected a set but found " + v.showType() + ": "
                + evaluator.print(v, PrintOptions.ERROR)).addTrace(null, errorContext);
    }

    // ---- loading --------------------------------------------------------------------------------------------

    private void loadFile(String path) {
        remember(new Loaded.File(path));
        Value v = evaluator.autoCall(fileValue(path), context.autoArgs());
        addToScope(forceAttrs(evaluator.force(v), "while evaluating an attribute set to be merged in the global scope"));
    }

    /** A file's value: {@code <x>} is looked up in the search path, anything else is relative to the working directory. */
    private Value fileValue(String path) {
        if (path.startsWith("<") && path.endsWith(">")) {
            return evaluator.evaluate(source("import " + path));
        }
        return evaluator.evaluateFile(context.workingDirectory().resolve(path));
    }

    private void loadFlake(String ref) {
        if (context.flakes() == null) {
            throw new ReplError("flakes are not available in this session");
        }
        Value flake = context.flakes().flake(ref);
        remember(new Loaded.Flake(ref));
        addToScope(forceAttrs(flake, "while evaluating a flake to be merged in the global scope"));
    }

    private void loadInstallable(Loaded.Installable installable) {
        remember(installable);
        addToScope(forceAttrs(evaluator.force(installable.value().get()),
                "while evaluating an attribute set to be merged in the global scope"));
    }

    /** Keeps {@code what} for {@code :r}, once, as the latest of what was loaded. */
    private void remember(Loaded what) {
        loaded.remove(what);
        loaded.add(what);
    }

    /** {@code :r}: a fresh scope, every file read again, then everything loaded again in the same order. */
    private void reload() {
        scope.clear();
        evaluator.forgetImports();
        List<Loaded> before = List.copyOf(loaded);
        loaded.clear();
        for (Loaded what : before) {
            switch (what) {
                case Loaded.File f -> {
                    notice("Loading '" + f.path() + "'...");
                    loadFile(f.path());
                }
                case Loaded.Flake f -> {
                    notice("Loading flake '" + f.ref() + "'...");
                    loadFlake(f.ref());
                }
                case Loaded.Installable i -> {
                    notice("Loading installable '" + i.description() + "'...");
                    loadInstallable(i);
                }
            }
        }
    }

    /** Adds {@code attrs} to the scope and says so, listing the first names, as current Nix does. */
    private void addToScope(NixAttrs attrs) {
        scope.putAll(attrs);
        lastLoaded = attrs;
        notice("Added " + attrs.size() + " variables.");
        if (attrs.isEmpty()) {
            return;
        }
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < Math.min(attrs.size(), NAMES_LISTED); i++) {
            if (i > 0) {
                names.append(", ");
            }
            NixLiterals.appendIdentifier(names, attrs.name(i));
        }
        notice(ByteStrings.toText(names.toString()));
        if (attrs.size() > NAMES_LISTED) {
            notice("... and " + (attrs.size() - NAMES_LISTED) + " more; view with :ll");
        }
    }

    // ---- the other commands ---------------------------------------------------------------------------------

    private void toggleTraces(String command, String arg) {
        if (arg.equals("false") || arg.isEmpty() && showTrace) {
            showTrace = false;
            out.println("not showing error traces");
        } else if (arg.equals("true") || arg.isEmpty()) {
            showTrace = true;
            out.println("showing error traces");
        } else {
            throw new ReplError("unexpected argument '" + arg + "' to " + command);
        }
    }

    /**
     * {@code :b} builds the derivation and names its outputs, as {@code nix repl} does; {@code :bl} also links
     * them as {@code repl-result-<output>} in the working folder. {@code :i}, {@code :sh}, {@code :u} and
     * {@code :log} need profiles, shells and logs, which nixj does not have.
     */
    private void build(String command, String arg) {
        Value v = evaluate(arg);
        if (!(v instanceof NixAttrs attrs) || !isDerivation(attrs)) {
            throw new ReplError("expression does not evaluate to a derivation, so I can't build it");
        }
        Lazy drvPath = attrs.get("drvPath");
        if (drvPath == null) {
            throw new ReplError("expression did not evaluate to a valid derivation (no 'drvPath' attribute)");
        }
        String path = evaluator.coerceToString(drvPath, "while evaluating the drvPath of a derivation");
        if (command.equals(":b") || command.equals(":bl")) {
            realise(ByteStrings.toText(path), command.equals(":bl"));
            return;
        }
        String what = switch (command) {
            case ":i" -> "installing into a profile";
            case ":log" -> "build logs";
            default -> "development shells";
        };
        throw new ReplError(what + " is not available in nixj yet (the derivation is " + ByteStrings.toText(path)
                + "; nixj build will build it)");
    }

    private void realise(String drvPath, boolean link) {
        evaluator.writeStoreObject(drvPath);
        Store store = evaluator.store();
        try {
            Realiser realiser = new Realiser(store, BuildSetup.builders(),
                    BuildOptions.defaults(), event -> {
                        if (event instanceof BuildEvent.Started started) {
                            err.println("building '" + store.directory().print(started.drvPath()) + "'...");
                        }
                    });
            BuildGoal goal = BuildGoal.allOutputs(store.directory().parse(drvPath));
            var outputs = realiser.realise(List.of(goal)).get(goal);
            out.println();
            out.println("This derivation produced the following outputs:");
            for (var output : outputs.entrySet()) {
                String printed = store.directory().print(output.getValue());
                if (link) {
                    Path name = Path.of("repl-result-" + output.getKey());
                    ResultLinks.create(name, store.physical(output.getValue()));
                    out.println("  ./" + name + " -> " + printed);
                } else {
                    out.println("  " + output.getKey() + " -> " + printed);
                }
            }
        } catch (BuildException e) {
            throw new ReplError(String.join("\n", e.errors()));
        } catch (IOException e) {
            throw new ReplError(e.getMessage());
        }
    }

    boolean isDerivation(NixAttrs attrs) {
        Lazy type = attrs.get("type");
        return type != null && evaluator.force(type) instanceof NixString s && s.value().equals("derivation");
    }

    /** {@code :e}: opens the file that defines the value, at its line, then reloads as Nix does. */
    private void edit(String arg) {
        Value v = evaluate(arg);
        Definition where = switch (v) {
            case NixPath p -> new Definition(p.path(), 0);
            case NixString s -> new Definition(ByteStrings.toText(s.value()), 0);
            case Closure c -> Definition.at(c.pos()).orElseThrow(() -> new ReplError("'" + c.pos() + "' cannot be shown in an editor"));
            case NixAttrs attrs when isDerivation(attrs) -> packagePosition(attrs, arg);
            default -> selectedAttribute(arg).flatMap(a -> Definition.at(a.pos()))
                    .orElseThrow(() -> new ReplError("cannot tell where " + v.showType() + " is defined; give a function, a path, a package or an attribute"));
        };
        context.editor().open(where.file(), where.line());
        reload();
    }

    /** A package's {@code meta.position} ({@code file:line}), as Nix's {@code :e} uses it. */
    private Definition packagePosition(NixAttrs drv, String arg) {
        Lazy meta = drv.get("meta");
        if (meta != null && evaluator.force(meta) instanceof NixAttrs m && m.get("position") != null
                && evaluator.force(m.get("position")) instanceof NixString position) {
            String text = ByteStrings.toText(position.value());
            int colon = text.lastIndexOf(':');
            if (colon > 0 && text.substring(colon + 1).matches("[0-9]+")) {
                return new Definition(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
            }
        }
        throw new ReplError("package '" + arg + "' has no source location information");
    }

    /** A file and line to open. */
    record Definition(String file, int line) {
        /** {@code pos}, if it is in a file. */
        static Optional<Definition> at(Pos pos) {
            if (pos != null && pos.source().origin() instanceof Source.Origin.File f) {
                return Optional.of(new Definition(f.path(), pos.line()));
            }
            return Optional.empty();
        }
    }

    /** The attribute an expression {@code e.a.b} selects: its name, the set holding it, and its position. */
    record SelectedAttribute(String name, NixAttrs set, Pos pos) {}

    /**
     * If {@code text} is an attribute selection {@code e.a.b} (ending in a plain name), the attribute it
     * selects, found by evaluating {@code e.a} only; nothing when it is not one or the name is missing.
     */
    Optional<SelectedAttribute> selectedAttribute(String text) {
        Expr expr;
        try {
            expr = SourceParser.parse(source(text));
        } catch (ParseError e) {
            return Optional.empty();
        }
        if (!(expr instanceof Expr.Select select) || select.orDefault() != null
                || !(select.path().getLast() instanceof AttrName.Static last)) {
            return Optional.empty();
        }
        List<AttrName> path = select.path();
        Expr holder = path.size() == 1 ? select.target()
                : new Expr.Select(select.pos(), select.target(), path.subList(0, path.size() - 1), null);
        if (!(evaluate(ByteStrings.toText(ExprPrinter.print(holder))) instanceof NixAttrs set) || !set.has(last.name())) {
            return Optional.empty();
        }
        return Optional.of(new SelectedAttribute(last.name(), set, set.posOf(last.name())));
    }
}
