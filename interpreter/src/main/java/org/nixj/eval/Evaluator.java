package org.nixj.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nixj.eval.builtins.BuiltinDoc;
import org.nixj.eval.builtins.BuiltinGroup;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.print.AmbiguousPrinter;
import org.nixj.eval.print.PrintOptions;
import org.nixj.eval.print.ValuePrinter;
import org.nixj.eval.serial.JsonWriter;
import org.nixj.eval.serial.XmlWriter;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.PrimOp;
import org.nixj.eval.value.PrimOpApp;
import org.nixj.eval.value.StringContext;
import org.nixj.eval.value.Value;
import org.nixj.fetch.FetchException;
import org.nixj.fetch.FetchInput;
import org.nixj.fetch.FetchedTree;
import org.nixj.source.Source;
import org.nixj.store.StorePath;
import org.nixj.stack.LargeStack;
import org.nixj.syntax.Expr;

/**
 * The Java API of the evaluator: evaluate Nix expressions and files, select attributes, call functions, and
 * print values as the {@code nix} commands print them.
 *
 * <pre>{@code
 * Evaluator nix = Evaluator.builder().settings(EvalSettings.builder().pure(true).build()).build();
 * Value v = nix.evaluate(Source.ofExpression("1 + 2", "/tmp"));
 * String text = nix.print(v, PrintOptions.NIX_EVAL);   // "3"
 * }</pre>
 *
 * <p>Values are lazy: forcing one (or printing it) may evaluate more code. Errors in Nix code are
 * {@link EvalError}s, with an {@link ErrorKind}, a message, a position and trace frames. Strings going in and
 * out are Nix byte strings (one char per byte, see {@link ByteStrings}).
 *
 * <p>Evaluation recurses deeply, so every call runs on a thread with a large stack: the caller's own when it
 * is one already, else one of a pool of such threads, kept a while between calls. A stack that runs out anyway ends in a Nix "stack overflow" error, never a
 * {@link StackOverflowError}. An evaluator is not thread-safe: use it from one thread at a time.
 */
public final class Evaluator {
    private final Interpreter interpreter;

    private Evaluator(EvalSettings settings, EvalIO io, List<BuiltinGroup> builtins) {
        this.interpreter = new Interpreter(settings, io, builtins, this);
    }

    /** An evaluator with {@code settings}, on this machine ({@link EvalIO#system()}). */
    public static Evaluator create(EvalSettings settings) {
        return builder().settings(settings).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Makes an {@link Evaluator}: settings, the machine it sees, and builtins beyond nixj's own. */
    public static final class Builder {
        private EvalSettings settings = EvalSettings.builder().build();
        private EvalIO io;
        private final List<BuiltinGroup> builtins = new ArrayList<>();

        private Builder() {}

        /** How evaluation behaves (default: {@code EvalSettings.builder().build()}, impure). */
        public Builder settings(EvalSettings settings) {
            this.settings = settings;
            return this;
        }

        /** The machine as evaluation sees it (default: {@link EvalIO#system()}). */
        public Builder io(EvalIO io) {
            this.io = io;
            return this;
        }

        /** Adds builtins (such as flakes' {@code getFlake}); each name may be defined once. */
        public Builder builtins(BuiltinGroup... groups) {
            builtins.addAll(List.of(groups));
            return this;
        }

        public Evaluator build() {
            return new Evaluator(settings, io != null ? io : EvalIO.system(), List.copyOf(builtins));
        }
    }

    /** The settings this evaluator was made with. */
    public EvalSettings settings() {
        return interpreter.settings();
    }

    /**
     * Checks, as Nix does when it loads code, that every variable of {@code expr} is bound; throws
     * "undefined variable 'x'" otherwise. Nothing is evaluated.
     */
    public void checkVariables(Expr expr) {
        guard(() -> {
            interpreter.checkVariables(expr);
            return null;
        });
    }

    /** The names every file sees without {@code builtins.}: {@code map}, {@code true}, {@code __add}, ... */
    public Set<String> globalNames() {
        return interpreter.builtins().globals().keySet();
    }

    /** Evaluates {@code source} to weak head normal form. */
    public Value evaluate(Source source) {
        return guard(() -> interpreter.evaluate(source));
    }

    /**
     * Evaluates {@code source} to weak head normal form with the attributes of {@code scope} as variables
     * around it: they shadow the global names ({@code true = 1} in {@code scope} makes {@code true} 1), and
     * an unbound variable is an error before anything runs. This is the REPL's scope, and
     * {@code scopedImport}'s.
     */
    public Value evaluate(Source source, NixAttrs scope) {
        return guard(() -> interpreter.compileInScope(source, scope, false).force());
    }

    /**
     * {@code source} in {@code scope} as {@link #evaluate(Source, NixAttrs)} evaluates it, but lazily: it is
     * parsed and its variables are checked now (so those errors come at once), and it is evaluated when first
     * forced. This is the REPL's {@code x = expr}.
     */
    public Lazy evaluateLazily(Source source, NixAttrs scope) {
        return guard(() -> interpreter.compileInScope(source, scope, true));
    }

    /**
     * Asks the evaluation running now on another thread to stop: its next function call throws an
     * {@link EvalError} of kind {@link ErrorKind#INTERRUPTED} ("interrupted by the user"), as Ctrl-C does in
     * Nix. The request is used up by that error; {@link #clearInterrupt()} drops one that came too late.
     * This is the one method that may be called from any thread.
     */
    public void interrupt() {
        interpreter.interrupt(true);
    }

    /** Drops an {@link #interrupt()} request that no evaluation has met yet (one made after the work ended). */
    public void clearInterrupt() {
        interpreter.interrupt(false);
    }

    /**
     * Forgets the files imported so far, so that the next {@code import} of one reads it again (the REPL's
     * {@code :reload}, after files were edited). Values already computed from them stay as they are.
     */
    public void forgetImports() {
        interpreter.forgetImports();
    }

    /**
     * {@code source}, to be evaluated when first forced (as {@code --arg} expressions are: only if the function
     * uses the argument).
     */
    public Lazy evaluateLazily(Source source) {
        return new SourceThunk(interpreter, source);
    }

    /** Evaluates a file (a directory means its {@code default.nix}), as {@code import} would. */
    public Value evaluateFile(Path file) {
        return guard(() -> interpreter.importFile(NixPaths.fromFile(file.toAbsolutePath().normalize()), null));
    }

    /**
     * Evaluates the file a Nix path names, as {@code import} does: {@code /nix/store/...} paths are found in
     * this evaluator's store, and positions in errors show {@code path}.
     */
    public Value importFile(String path) {
        return guard(() -> interpreter.importFile(path, null));
    }

    /**
     * Fetches {@code input} into this evaluator's store, as {@code builtins.fetchTree} does but without its
     * pure-evaluation check (flake locking decides what may be fetched).
     */
    public FetchedTree fetch(FetchInput input) {
        return guard(() -> {
            try {
                return interpreter.inputFetcher().fetch(input);
            } catch (FetchException e) {
                throw Interpreter.fetchError(e);
            }
        });
    }

    /**
     * The bytes of the file a Nix path names (a byte string), if it is a regular file; store paths are found in
     * this evaluator's store.
     */
    public Optional<String> readFileIfExists(String path) {
        return guard(() -> {
            Path file = interpreter.file(path);
            return java.nio.file.Files.isRegularFile(file)
                    ? Optional.of(ByteStrings.of(FileContents.read(file, path))) : Optional.<String>empty();
        });
    }

    /**
     * {@code fetchTree} as the flake machinery calls it on sources it has decided on: without pure evaluation's
     * refusal of unlocked inputs (a flake's own dirty Git tree).
     */
    public Value fetchFinalTree() {
        return interpreter.builtins().internals().get("fetchFinalTree");
    }

    /** The store this evaluator computes paths for and writes to. */
    public org.nixj.store.Store store() {
        return interpreter.store().local();
    }

    /**
     * Makes sure the store object {@code path} names is on disk: an object this evaluation computed without
     * writing it yet (a {@code .drv} file, a {@code toFile} text) is written now, after the objects it refers
     * to. A builder reads {@code .drv} files, so whatever builds a derivation calls this on its {@code drvPath}.
     */
    public void writeStoreObject(String path) {
        guard(() -> interpreter.store().file(path));
    }

    /** {@code path} as Nix prints it ({@code /nix/store/<hash>-<name>}). */
    public String printStorePath(StorePath path) {
        return interpreter.store().print(path);
    }

    /** Forces {@code value} completely. */
    public void forceDeep(Lazy value) {
        guard(() -> {
            interpreter.forceDeep(value, null);
            return null;
        });
    }

    /** Forces {@code value} to weak head normal form. */
    public Value force(Lazy value) {
        return guard(() -> Interpreter.force(value, null));
    }

    /**
     * {@code value} as a string (a byte string), coerced as string interpolation does ({@code nix eval --raw}):
     * paths are copied to the store, sets give their {@code outPath} or {@code __toString}; anything else is
     * an error that carries {@code errorContext} as its trace frame.
     */
    public String coerceToString(Lazy value, String errorContext) {
        return guard(() -> interpreter.coerceToString(value, null, new StringContext.Accumulator(), errorContext,
                Coercion.STRINGS_COPYING_PATHS));
    }

    /** Whether {@code a == b} in Nix. */
    public boolean equal(Lazy a, Lazy b) {
        return guard(() -> interpreter.equality().equal(Interpreter.force(a, null), Interpreter.force(b, null), null));
    }

    /**
     * The parameter name of a function written {@code x: ...}, without a set pattern; empty for any other
     * value (a {@code { ... }:} or {@code x@{ ... }:} function, a builtin, a non-function). {@code nix flake
     * check} asks this of overlays.
     */
    public Optional<String> plainParameterName(Value function) {
        return function instanceof org.nixj.eval.value.Closure closure && !closure.lambda().hasFormals()
                ? Optional.ofNullable(closure.lambda().argName())
                : Optional.empty();
    }

    /** Calls {@code function} with {@code arg}. */
    public Value call(Value function, Lazy arg) {
        return guard(() -> interpreter.call(function, arg, null));
    }

    /** Calls a function that takes a set pattern with {@code args}, as {@code --arg} does; else returns it. */
    public Value autoCall(Value value, NixAttrs args) {
        return guard(() -> interpreter.autoCall(value, args));
    }

    /** Selects {@code a.b.0} from {@code root}, as {@code -A} does, auto-calling functions on the way. */
    public Value select(Value root, String attrPath, NixAttrs autoArgs) {
        return guard(() -> AttrPathSelection.select(interpreter, root, attrPath, autoArgs));
    }

    /** {@code value} printed as {@code options} say ({@link PrintOptions#NIX_EVAL} prints as {@code nix eval}). */
    public String print(Lazy value, PrintOptions options) {
        return guard(() -> ValuePrinter.print(value, options));
    }

    /** {@code value} printed as {@code nix-instantiate --eval} prints it; nothing is forced. */
    public String printAmbiguous(Lazy value) {
        return guard(() -> AmbiguousPrinter.print(value));
    }

    /**
     * {@code value} as JSON. With {@code strict} every part is forced (as {@code toJSON} and {@code nix eval
     * --json} do); without, a part not evaluated yet is an error, as in {@code nix-instantiate --eval --json}.
     * With {@code copyToStore}, paths are copied to the store and written as store paths.
     */
    public String toJson(Lazy value, boolean strict, boolean copyToStore) {
        return guard(() -> JsonWriter.write(interpreter, value, null, strict, copyToStore, new StringContext.Accumulator()));
    }

    /**
     * {@code value} as an XML document, as {@code nix-instantiate --eval --xml} writes it (ending in a
     * newline); {@code location} adds the positions of functions and attributes.
     */
    public String toXml(Lazy value, boolean strict, boolean location) {
        return guard(() -> XmlWriter.write(interpreter, value, null, strict, location, new StringContext.Accumulator()));
    }

    /** The documentation of {@code value} if it is a builtin function, applied or not. */
    public Optional<BuiltinDoc> documentation(Value value) {
        String name = switch (value) {
            case PrimOp p -> p.name();
            case PrimOpApp app -> app.primOp().name();
            default -> null;
        };
        return name == null ? Optional.empty() : interpreter.builtins().documentationOf(name);
    }

    /** The documentation of the builtin {@code name} (without {@code builtins.}), if there is one. */
    public Optional<BuiltinDoc> documentation(String name) {
        return interpreter.builtins().documentationOf(name);
    }

    private interface Work<T> {
        T run() throws IOException;
    }

    private <T> T guard(Work<T> work) {
        return LargeStack.call(() -> {
            try {
                return work.run();
            } catch (IOException e) {
                throw new EvalError(ErrorKind.IO, SourceLoader.describe(e));
            }
        }, () -> new EvalError(ErrorKind.STACK_OVERFLOW, "stack overflow (possible infinite recursion)"));
    }
}
