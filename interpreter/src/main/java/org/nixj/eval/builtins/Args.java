package org.nixj.eval.builtins;

import org.nixj.eval.Interpreter;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.StringContext;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/**
 * The arguments of one builtin call. The typed accessors force an argument, check its type and, when that
 * fails, add Nix's "while evaluating the first argument passed to builtins.x" frame, so builtins never
 * write those strings themselves.
 *
 * <p>As in Nix, a builtin's own errors carry no position: the caller's "while calling the 'x' builtin"
 * frame says where the builtin was called.
 */
public final class Args {
    private static final String[] ORDINALS = {"first", "second", "third", "fourth"};

    private final Interpreter interpreter;
    private final String builtin;
    private final Lazy[] args;
    private final Pos pos;

    Args(Interpreter interpreter, String builtin, Lazy[] args, Pos pos) {
        this.interpreter = interpreter;
        this.builtin = builtin;
        this.args = args;
        this.pos = pos;
    }

    public Interpreter interpreter() {
        return interpreter;
    }

    /** Where the builtin was called. */
    public Pos pos() {
        return pos;
    }

    /** The argument, unforced. */
    public Lazy lazy(int i) {
        return args[i];
    }

    /** The error-trace text for argument {@code i}. */
    public String context(int i) {
        return "while evaluating the " + ORDINALS[i] + " argument passed to builtins." + builtin;
    }

    public Value value(int i) {
        try {
            return Interpreter.force(args[i], null);
        } catch (org.nixj.eval.error.EvalError e) {
            throw e.addTrace(null, context(i));
        }
    }

    public NixAttrs attrs(int i) {
        return interpreter.forceAttrs(args[i], null, context(i));
    }

    public NixList list(int i) {
        return interpreter.forceList(args[i], null, context(i));
    }

    public long integer(int i) {
        return interpreter.forceInt(args[i], null, context(i));
    }

    public boolean bool(int i) {
        return interpreter.forceBool(args[i], null, context(i));
    }

    public NixString string(int i) {
        return interpreter.forceString(args[i], null, context(i));
    }

    public String stringNoContext(int i) {
        return interpreter.forceStringNoContext(args[i], null, context(i));
    }

    /** A function or functor. */
    public Value function(int i) {
        return interpreter.forceCallable(args[i], null, context(i));
    }

    /** The argument coerced to a string as {@code toString}-like builtins do (no store copies). */
    public String coerced(int i, StringContext.Accumulator context, boolean coerceMore) {
        return interpreter.coerceToString(args[i], null, context, context(i), coerceMore, false, false);
    }

    /** The argument as a path: a path value or a string holding an absolute path. */
    public String path(int i) {
        return interpreter.coerceToPath(args[i], null, new StringContext.Accumulator(), context(i));
    }
}
