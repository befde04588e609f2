package org.nixj.eval.builtins;

import org.nixj.eval.Coercion;
import org.nixj.eval.Interpreter;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixInt;
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

    /** The argument, forced. */
    public Value value(int i) {
        try {
            return Interpreter.force(args[i], null);
        } catch (EvalError e) {
            throw e.addTrace(null, context(i));
        }
    }

    // The accessors below test the type first and build the error-context text only on failure: builtins
    // run often, errors rarely.

    public NixAttrs attrs(int i) {
        Value v = value(i);
        if (v instanceof NixAttrs a) {
            return a;
        }
        throw interpreter.typeError("a set", v, null, context(i), false);
    }

    public NixList list(int i) {
        Value v = value(i);
        if (v instanceof NixList l) {
            return l;
        }
        throw interpreter.typeError("a list", v, null, context(i), false);
    }

    public long integer(int i) {
        Value v = value(i);
        if (v instanceof NixInt n) {
            return n.value();
        }
        throw interpreter.typeError("an integer", v, null, context(i), true);
    }

    public boolean bool(int i) {
        Value v = value(i);
        if (v instanceof NixBool b) {
            return b.value();
        }
        throw interpreter.typeError("a Boolean", v, null, context(i), true);
    }

    public NixString string(int i) {
        Value v = value(i);
        if (v instanceof NixString s) {
            return s;
        }
        throw interpreter.typeError("a string", v, null, context(i), true);
    }

    public String stringNoContext(int i) {
        NixString s = string(i);
        return s.hasContext() ? interpreter.forceStringNoContext(s, null, context(i)) : s.value();
    }

    /** A function or functor. */
    public Value function(int i) {
        Value v = value(i);
        if (Interpreter.isCallable(v)) {
            return v;
        }
        throw interpreter.typeError("a function", v, null, context(i), true);
    }

    /** The argument coerced to a string as {@code toString}-like builtins do (no store copies). */
    public String coerced(int i, StringContext.Accumulator context, boolean coerceMore) {
        return interpreter.coerceToString(args[i], null, context, context(i), coerceMore ? Coercion.ANY : Coercion.STRINGS);
    }

    /** The argument as a path: a path value or a string holding an absolute path. */
    public String path(int i) {
        return interpreter.coerceToPath(args[i], null, new StringContext.Accumulator(), context(i));
    }
}
