package org.nixj.eval;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.nixj.eval.builtins.BuiltinGroup;
import org.nixj.eval.builtins.Builtins;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.print.ValuePrinter;
import org.nixj.eval.value.Closure;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixFloat;
import org.nixj.eval.value.NixFunction;
import org.nixj.eval.value.NixInt;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.NixNull;
import org.nixj.eval.value.NixPath;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.PrimOp;
import org.nixj.eval.value.PrimOpApp;
import org.nixj.eval.value.StringContext;
import org.nixj.eval.value.Thunk;
import org.nixj.eval.value.Value;
import org.nixj.fetch.FetchException;
import org.nixj.fetch.Fetchers;
import org.nixj.fetch.HashMismatchException;
import org.nixj.fetch.InputFetcher;
import org.nixj.source.CanonicalPaths;
import org.nixj.source.Pos;
import org.nixj.source.Source;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;
import org.nixj.syntax.Expr;

/**
 * The runtime of one evaluation, which every piece of code and every builtin shares: forcing, calling
 * functions (with Nix's call-depth limit), forcing values to an expected type with Nix's error messages,
 * coercion to strings; the base environment, imports and the search path; the store; and the machine, through
 * {@link EvalIO}. One interpreter belongs to one evaluation and one thread at a time.
 */
public final class Interpreter {
    private static final String FUNCTOR = "__functor";
    private static final String TO_STRING = "__toString";
    private static final String OUT_PATH = "outPath";
    /** Nix's default {@code tarball-ttl}: downloads are reused for an hour before the server is asked again. */
    private static final long TARBALL_TTL_SECONDS = 3600;
    /** Nix's exit status for content whose hash is not the one expected. */
    private static final int HASH_MISMATCH_STATUS = 102;

    private final EvalSettings settings;
    private final EvalIO io;
    private final EvalStore store;
    private final Equality equality = new Equality(this);
    private final Comparison comparison = new Comparison(this);
    private final Builtins builtins;
    private final SourceLoader loader;
    private final RestrictedMode restricted;
    private final Evaluator evaluator;
    private Fetchers fetchers;
    private InputFetcher inputFetcher;
    private int callDepth;
    /** Set from another thread (Ctrl-C in the REPL); checked at every call, as Nix's checkInterrupt. */
    private volatile boolean interrupted;

    Interpreter(EvalSettings settings, EvalIO io, List<BuiltinGroup> extraBuiltins, Evaluator evaluator) {
        this.evaluator = evaluator;
        this.settings = settings;
        this.io = io;
        this.store = new EvalStore(settings.storeDir(), io.storeRoot(), this::outsideFile);
        this.builtins = Builtins.create(this, extraBuiltins);
        this.loader = new SourceLoader(this, builtins.globals());
        this.restricted = new RestrictedMode(settings, loader::usedBundledNixpkgs);
    }

    public EvalSettings settings() {
        return settings;
    }

    /**
     * The Java API over this runtime, for builtins that are easiest written with it (a flake loaded by
     * {@code getFlake} is locked and evaluated as the API does it).
     */
    public Evaluator evaluator() {
        return evaluator;
    }

    /** The machine, as this evaluation sees it. */
    public EvalIO io() {
        return io;
    }

    /** The store this evaluation computes paths for and writes to. */
    public EvalStore store() {
        return store;
    }

    /** The fetchers of this evaluation, sharing its store, downloads, clock and warnings; made on first use. */
    public Fetchers fetchers() {
        if (fetchers == null) {
            fetchers = new Fetchers(store.local(), restricted.downloader(io.downloader()), TARBALL_TTL_SECONDS, io::currentTime, this::warn);
        }
        return fetchers;
    }

    /** Fetches inputs of any type ({@code fetchTree}, flakes) into this evaluation's store. */
    public InputFetcher inputFetcher() {
        if (inputFetcher == null) {
            // Inputs are fetched as locking decided, pure or not.
            inputFetcher = new InputFetcher(fetchers(), path -> {
                String canonical = CanonicalPaths.canonicalize(path);
                return store.local().physical(canonical).orElseGet(() -> io.file(canonical));
            });
        }
        return inputFetcher;
    }

    /** The base environment: the builtins and their documentation. */
    public Builtins builtins() {
        return builtins;
    }

    /**
     * The file a path outside the store names; pure evaluation may read none (only the store, where flakes and
     * their inputs are).
     */
    private Path outsideFile(String path) {
        if (settings.pure()) {
            throw new EvalError(ErrorKind.EVAL, "access to absolute path '" + path
                    + "' is forbidden in pure evaluation mode (use '--impure' to override)");
        }
        restricted.checkPath(path);
        return io.file(path);
    }

    /** Refuses a URL that restricted evaluation ({@code restrict-eval}, {@code allowed-uris}) does not allow. */
    public void checkUri(String url) {
        restricted.checkUri(url);
    }

    /** The file a Nix path names on disk (store paths live under the store's root). */
    public Path file(String path) {
        return store.file(path);
    }

    /** Sends one line to the trace and warning sink (see {@link EvalIO#diagnostic}). */
    public void diagnostic(String line) {
        io.diagnostic(line);
    }

    /** Prints {@code warning: message}. */
    public void warn(String message) {
        io.diagnostic("warning: " + message);
    }

    /** {@code builtins.lessThan}, which {@code sort} recognises as its comparator. */
    public Value lessThan() {
        return builtins.globals().get("__lessThan");
    }

    /** Checks that every variable of {@code expr} is bound, evaluating nothing. */
    /** Asks the evaluation running now (on another thread) to stop at its next call (see {@link Evaluator#interrupt()}). */
    void interrupt(boolean requested) {
        interrupted = requested;
    }

    /** Forgets the files imported so far, so that the next {@code import} reads them again. */
    void forgetImports() {
        loader.forgetImports();
    }

    /** Evaluates {@code source} with the attributes of {@code scope} as variables around it. */
    Lazy compileInScope(Source source, NixAttrs scope, boolean lazily) {
        return loader.compileInScope(source, scope, lazily);
    }

    void checkVariables(Expr expr) {
        loader.checkVariables(expr);
    }

    /** Evaluates {@code source} to weak head normal form. */
    public Value evaluate(Source source) {
        return loader.evaluate(source);
    }

    /** {@code import path}: the file's value, evaluated once per path; a directory means its default.nix. */
    public Value importFile(String path, Pos pos) {
        return loader.importFile(path, pos);
    }

    /** {@code scopedImport attrs path}: the file evaluated with {@code attrs} in scope, never cached. */
    public Value scopedImport(NixAttrs scope, String path, Pos pos) {
        return loader.scopedImport(scope, path, pos);
    }

    /** {@code builtins.hashFile}: the hash of the file's bytes, read as a stream. */
    public Hash hashFile(String path, HashAlgorithm algorithm) {
        return loader.hashFile(path, algorithm);
    }

    /** {@code builtins.readFile}: the file's bytes, as a byte string. */
    public String readFile(String path, Pos pos) {
        return loader.readFile(path, pos);
    }

    /**
     * {@code builtins.findFile}: {@code <name>} looked up in a search path of {@code { prefix, path }} sets;
     * then, with {@code orBundled}, {@code nixpkgs} and {@code nixpkgs/...} in the bundled nixpkgs.
     */
    public Value findFile(NixList searchPath, String name, Pos pos, boolean orBundled) {
        return loader.findFile(searchPath, name, pos, orBundled);
    }

    /** A failed fetch as an evaluation error; as in Nix, a hash mismatch ends the command with status 102. */
    public static EvalError fetchError(FetchException e) {
        EvalError error = new EvalError(ErrorKind.EVAL, e.getMessage());
        return e instanceof HashMismatchException ? error.withExitStatus(HASH_MISMATCH_STATUS) : error;
    }

    /** An I/O failure in the words of the C library, as Nix reports it. */
    public static String describe(java.io.IOException e) {
        return SourceLoader.describe(e);
    }

    public Equality equality() {
        return equality;
    }

    public Comparison comparison() {
        return comparison;
    }

    /**
     * Forces {@code lazy}; an infinite recursion found by this very force is reported at {@code pos}, as Nix
     * does.
     */
    public static Value force(Lazy lazy, Pos pos) {
        // Most of what gets forced is a value already. A type test answers those without the call through
        // Lazy, whose many implementations make that call a slow megamorphic dispatch in the hottest path.
        if (!(lazy instanceof Thunk thunk)) {
            return (Value) lazy;
        }
        try {
            return thunk.force();
        } catch (EvalError e) {
            if (e.kind() == ErrorKind.INFINITE_RECURSION) {
                e.atPosIfMissing(pos);
            }
            throw e;
        }
    }

    // ---- calls -------------------------------------------------------------------------------------------

    /** Calls {@code function} with one argument. */
    public Value call(Value function, Lazy arg, Pos pos) {
        enter(pos);
        try {
            return apply(function, arg, pos);
        } finally {
            callDepth--;
        }
    }

    /**
     * Calls {@code function} with several arguments, one after the other. A builtin that gets all it needs
     * here runs at once, without the partial applications that feeding it one argument at a time builds
     * (the same result and error frames); it may be given {@code args} itself, so callers must not change
     * the array afterwards.
     */
    public Value call(Value function, Lazy[] args, Pos pos) {
        enter(pos);
        try {
            Value result = function;
            int next = 0;
            while (next < args.length) {
                if (result instanceof PrimOp p && p.arity() <= args.length - next) {
                    int end = next + p.arity();
                    result = callPrimOp(p, next == 0 && end == args.length ? args : Arrays.copyOfRange(args, next, end), pos);
                    next = end;
                } else {
                    result = apply(result, args[next++], pos);
                }
            }
            return result;
        } finally {
            callDepth--;
        }
    }

    /** Calls {@code function} with two arguments (a common case in builtins such as {@code foldl'}). */
    public Value call(Value function, Lazy first, Lazy second, Pos pos) {
        return call(call(function, first, pos), second, pos);
    }

    private void enter(Pos pos) {
        if (interrupted) {
            interrupted = false;
            throw new EvalError(ErrorKind.INTERRUPTED, "interrupted by the user");
        }
        if (++callDepth > settings.maxCallDepth()) {
            callDepth--;
            throw new EvalError(ErrorKind.STACK_OVERFLOW, "stack overflow; max-call-depth exceeded", pos);
        }
    }

    private Value apply(Value function, Lazy arg, Pos pos) {
        return switch (function) {
            case Closure c -> callClosure(c, arg, pos);
            case PrimOp p -> p.arity() == 1 ? callPrimOp(p, new Lazy[] {arg}, pos) : new PrimOpApp(p, new Lazy[] {arg});
            case PrimOpApp app -> {
                Lazy[] args = Arrays.copyOf(app.args(), app.args().length + 1);
                args[args.length - 1] = arg;
                yield args.length == app.primOp().arity() ? callPrimOp(app.primOp(), args, pos) : new PrimOpApp(app.primOp(), args);
            }
            case NixAttrs attrs when attrs.has(FUNCTOR) -> {
                try {
                    Value functor = force(attrs.get(FUNCTOR), pos);
                    yield call(call(functor, attrs, pos), arg, pos);
                } catch (EvalError e) {
                    throw e.addTrace(pos, "while calling a functor (an attribute set with a '__functor' attribute)");
                }
            }
            default -> throw new EvalError(ErrorKind.TYPE, "attempt to call something which is not a function but "
                    + function.showType() + ": " + ValuePrinter.forError(function), pos);
        };
    }

    private Value callClosure(Closure c, Lazy arg, Pos pos) {
        try {
            return c.lambda().call(c.env(), arg, pos);
        } catch (EvalError e) {
            if (settings.showTrace()) {
                e.addTrace(c.lambda().pos(), "while calling " + c.lambda().describe());
                if (pos != null) {
                    e.addTrace(pos, "from call site");
                }
            }
            throw e;
        }
    }

    private Value callPrimOp(PrimOp p, Lazy[] args, Pos pos) {
        try {
            return p.apply(args, pos);
        } catch (EvalError e) {
            throw e.addTrace(pos, "while calling the '" + p.name() + "' builtin");
        }
    }

    // ---- forcing to a type -------------------------------------------------------------------------------

    /**
     * "expected a set but found an integer: 1": reported at {@code pos} when {@code atPos} (as Nix's
     * {@code forceString}, {@code forceInt} and the like do), else only in the trace frame (as
     * {@code forceAttrs} and {@code forceList} do).
     */
    public EvalError typeError(String expected, Value v, Pos pos, String errorContext, boolean atPos) {
        EvalError e = new EvalError(ErrorKind.TYPE, "expected " + expected + " but found " + v.showType() + ": "
                + ValuePrinter.forError(v), atPos ? pos : null);
        return e.addTrace(pos, errorContext);
    }

    private EvalError typeError(String expected, Value v, Pos pos, String errorContext) {
        return typeError(expected, v, pos, errorContext, false);
    }

    private EvalError typeErrorAt(String expected, Value v, Pos pos, String errorContext) {
        return typeError(expected, v, pos, errorContext, true);
    }

    private Value forceWithContext(Lazy lazy, Pos pos, String errorContext) {
        try {
            return force(lazy, pos);
        } catch (EvalError e) {
            throw e.addTrace(pos, errorContext);
        }
    }

    public NixAttrs forceAttrs(Lazy lazy, Pos pos, String errorContext) {
        Value v = forceWithContext(lazy, pos, errorContext);
        if (v instanceof NixAttrs a) {
            return a;
        }
        throw typeError("a set", v, pos, errorContext);
    }

    public NixList forceList(Lazy lazy, Pos pos, String errorContext) {
        Value v = forceWithContext(lazy, pos, errorContext);
        if (v instanceof NixList l) {
            return l;
        }
        throw typeError("a list", v, pos, errorContext);
    }

    public NixFunction forceFunction(Lazy lazy, Pos pos, String errorContext) {
        Value v = forceWithContext(lazy, pos, errorContext);
        if (v instanceof NixFunction f) {
            return f;
        }
        throw typeErrorAt("a function", v, pos, errorContext);
    }

    /** Whether {@code v} can be called: a function, or a functor (a set with {@code __functor}). */
    public static boolean isCallable(Value v) {
        return v instanceof NixFunction || v instanceof NixAttrs a && a.has(FUNCTOR);
    }

    /** A function or a functor (a set with {@code __functor}). */
    public Value forceCallable(Lazy lazy, Pos pos, String errorContext) {
        Value v = forceWithContext(lazy, pos, errorContext);
        if (isCallable(v)) {
            return v;
        }
        throw typeErrorAt("a function", v, pos, errorContext);
    }

    /**
     * The attribute {@code name} of {@code attrs}, which must be there (Nix's {@code EvalState::getAttr}): else
     * {@link #missingAttr}.
     */
    public static Lazy requireAttr(NixAttrs attrs, String name, Pos pos, String errorContext) {
        Lazy v = attrs.get(name);
        if (v == null) {
            throw missingAttr(name, pos, errorContext);
        }
        return v;
    }

    /**
     * "attribute 'name' missing", a type error at {@code pos} (usually none: the errors of builtins have no
     * position of their own) with {@code errorContext} as its trace frame.
     */
    public static EvalError missingAttr(String name, Pos pos, String errorContext) {
        return new EvalError(ErrorKind.TYPE, "attribute '" + name + "' missing", pos).addTrace(null, errorContext);
    }

    public long forceInt(Lazy lazy, Pos pos, String errorContext) {
        Value v = forceWithContext(lazy, pos, errorContext);
        if (v instanceof NixInt i) {
            return i.value();
        }
        throw typeErrorAt("an integer", v, pos, errorContext);
    }

    /** A float, or an integer converted to one. */
    public double forceFloat(Lazy lazy, Pos pos, String errorContext) {
        Value v = forceWithContext(lazy, pos, errorContext);
        if (v instanceof NixFloat f) {
            return f.value();
        }
        if (v instanceof NixInt i) {
            return i.value();
        }
        throw typeErrorAt("a float", v, pos, errorContext);
    }

    public boolean forceBool(Lazy lazy, Pos pos, String errorContext) {
        Value v = forceWithContext(lazy, pos, errorContext);
        if (v instanceof NixBool b) {
            return b.value();
        }
        throw typeErrorAt("a Boolean", v, pos, errorContext);
    }

    public NixString forceString(Lazy lazy, Pos pos, String errorContext) {
        Value v = forceWithContext(lazy, pos, errorContext);
        if (v instanceof NixString s) {
            return s;
        }
        throw typeErrorAt("a string", v, pos, errorContext);
    }

    /** A string that must not refer to the store. */
    public String forceStringNoContext(Lazy lazy, Pos pos, String errorContext) {
        NixString s = forceString(lazy, pos, errorContext);
        if (s.hasContext()) {
            throw new EvalError(ErrorKind.EVAL, "the string '" + s.value() + "' is not allowed to refer to a store path (such as '"
                    + Contexts.display(s.context().elements().get(0)) + "')").addTrace(pos, errorContext);
        }
        return s.value();
    }

    // ---- coercion ----------------------------------------------------------------------------------------

    /**
     * Nix's {@code coerceToString}. Strings give themselves (adding their context to {@code context}); paths
     * give their text, or, when {@code how} copies paths, the store path they are copied to; sets give their
     * {@code __toString} or {@code outPath}. When {@code how} coerces more ({@code toString}, derivation
     * attributes), also Booleans, numbers, null and lists.
     */
    public String coerceToString(Lazy lazy, Pos pos, StringContext.Accumulator context, String errorContext, Coercion how) {
        enter(pos);
        try {
            Value v = force(lazy, pos);
            return switch (v) {
                case NixString s -> {
                    context.add(s.context());
                    yield s.value();
                }
                case NixPath p -> {
                    if (how.copyToStore()) {
                        yield store.copyPathToStore(p, context);
                    }
                    yield p.path();
                }
                case NixAttrs a -> {
                    Lazy toString = a.get(TO_STRING);
                    if (toString != null) {
                        Value result = call(force(toString, pos), a, pos);
                        yield coerceToString(result, pos, context, "while evaluating the result of the `__toString` attribute", how);
                    }
                    Lazy outPath = a.get(OUT_PATH);
                    if (outPath == null) {
                        throw cannotCoerce(v, pos, errorContext);
                    }
                    yield coerceToString(outPath, pos, context, errorContext, how);
                }
                case NixBool b when how.coerceMore() -> b.value() ? "1" : "";
                case NixInt i when how.coerceMore() -> Long.toString(i.value());
                case NixFloat f when how.coerceMore() -> Numbers.toStringFixed(f.value());
                case NixNull n when how.coerceMore() -> "";
                case NixList l when how.coerceMore() -> coerceList(l, pos, context, errorContext, how);
                default -> throw cannotCoerce(v, pos, errorContext);
            };
        } finally {
            callDepth--;
        }
    }

    private String coerceList(NixList l, Pos pos, StringContext.Accumulator context, String errorContext, Coercion how) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < l.size(); i++) {
            try {
                out.append(coerceToString(l.get(i), pos, context, "while evaluating one element of the list", how));
            } catch (EvalError e) {
                throw e.addTrace(pos, errorContext);
            }
            // Nix puts a space after every element but the last, except after empty lists.
            if (i < l.size() - 1 && !(l.get(i).force() instanceof NixList inner && inner.size() == 0)) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private EvalError cannotCoerce(Value v, Pos pos, String errorContext) {
        return new EvalError(ErrorKind.TYPE, "cannot coerce " + v.showType() + " to a string: " + ValuePrinter.forError(v))
                .addTrace(pos, errorContext);
    }

    /** Nix's {@code coerceToPath}: a path value, or a string holding an absolute path. */
    public String coerceToPath(Lazy lazy, Pos pos, StringContext.Accumulator context, String errorContext) {
        Value v = forceWithContext(lazy, pos, errorContext);
        if (v instanceof NixPath p) {
            return p.path();
        }
        if (v instanceof NixAttrs a && a.has(TO_STRING)) {
            return coerceToPath(call(force(a.get(TO_STRING), pos), a, pos), pos, context, errorContext);
        }
        String path = coerceToString(v, pos, context, errorContext, Coercion.STRINGS);
        if (path.isEmpty() || path.charAt(0) != '/') {
            throw new EvalError(ErrorKind.EVAL, "string '" + path + "' doesn't represent an absolute path").addTrace(pos, errorContext);
        }
        return CanonicalPaths.canonicalize(path);
    }

    /**
     * Forces {@code lazy} and everything inside it, as {@code deepSeq} and {@code --strict} do. Sets and lists
     * met twice are walked once.
     */
    public void forceDeep(Lazy lazy, Pos pos) {
        forceDeep(lazy, pos, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private void forceDeep(Lazy lazy, Pos pos, java.util.Set<Object> seen) {
        enter(pos);
        try {
            Value v = force(lazy, pos);
            if (!seen.add(v)) {
                return;
            }
            if (v instanceof NixAttrs attrs) {
                for (int i = 0; i < attrs.size(); i++) {
                    Pos attrPos = attrs.pos(i) != null ? attrs.pos(i) : pos;
                    try {
                        forceDeep(attrs.value(i), attrPos, seen);
                    } catch (EvalError e) {
                        throw e.addTrace(attrs.pos(i), "while evaluating the attribute '" + attrs.name(i) + "'");
                    }
                }
            } else if (v instanceof NixList list) {
                for (int i = 0; i < list.size(); i++) {
                    try {
                        forceDeep(list.get(i), pos, seen);
                    } catch (EvalError e) {
                        throw e.addTrace(null, "while evaluating list element at index " + i);
                    }
                }
            }
        } finally {
            callDepth--;
        }
    }

    /**
     * Nix's {@code autoCallFunction}: a function taking a set pattern is called with the given arguments (as
     * {@code --arg} and {@code --argstr} supply them), a functor likewise; anything else is returned as is.
     */
    public Value autoCall(Value function, NixAttrs args) {
        Value f = function;
        if (f instanceof NixAttrs attrs && attrs.has(FUNCTOR)) {
            Value called = call(force(attrs.get(FUNCTOR), null), attrs, null);
            return autoCall(called, args);
        }
        if (!(f instanceof Closure c) || !c.lambda().hasFormals()) {
            return f;
        }
        NixAttrs.Builder actual = NixAttrs.builder(args.size());
        if (c.lambda().ellipsis()) {
            for (int i = 0; i < args.size(); i++) {
                actual.put(args.name(i), args.value(i));
            }
        } else {
            String[] formals = c.lambda().formalNames();
            for (int i = 0; i < formals.length; i++) {
                Lazy given = args.get(formals[i]);
                if (given != null) {
                    actual.put(formals[i], given);
                } else if (!c.lambda().formalHasDefault(i)) {
                    throw new EvalError(ErrorKind.MISSING_ARGUMENT, "cannot evaluate a function that has an argument without a value ('"
                            + formals[i] + "')\nNix attempted to evaluate a function as a top level expression; in\n"
                            + "this case it must have its arguments supplied either by default\nvalues, or passed explicitly with "
                            + "'--arg' or '--argstr'. See\nhttps://nix.dev/manual/nix/stable/language/syntax.html#functions.",
                            c.lambda().formalPos(i));
                }
            }
        }
        return call(f, actual.build(), c.lambda().pos());
    }

    /**
     * {@code __curPos} and {@code unsafeGetAttrPos}: {@code { column, file, line }}, or null for code that is
     * not in a file.
     */
    public Value positionAttrs(Pos pos) {
        if (pos == null || !(pos.source().origin() instanceof org.nixj.source.Source.Origin.File)) {
            return NixNull.NULL;
        }
        return NixAttrs.builder(3)
                .put("column", NixInt.of(pos.column()))
                .put("file", NixString.of(pos.source().displayName()))
                .put("line", NixInt.of(pos.line()))
                .build();
    }
}
