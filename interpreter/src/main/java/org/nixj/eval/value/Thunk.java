package org.nixj.eval.value;

import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;

/**
 * A value not computed yet. Forcing computes it once and remembers it. While it is being computed the thunk
 * is a black hole: forcing it again means the value depends on itself, which Nix reports as infinite
 * recursion. If the computation fails, the thunk goes back to its unforced state, so forcing it again
 * fails again the same way.
 */
public abstract non-sealed class Thunk implements Lazy {
    private Value value;
    private boolean forcing;

    /** For the evaluator's own kinds of thunk (code in an environment, a pending call, a source). */
    protected Thunk() {}

    @Override
    public final Value force() {
        Value v = value;
        return v != null ? v : forceSlowly();
    }

    private Value forceSlowly() {
        if (forcing) {
            // The position is filled in by the caller that forced the black hole (see Interpreter.force).
            throw new EvalError(ErrorKind.INFINITE_RECURSION, "infinite recursion encountered");
        }
        forcing = true;
        try {
            Value v = compute();
            value = v;
            release();
            return v;
        } finally {
            forcing = false;
        }
    }

    /** Whether the value is known, so that printing can show it without forcing anything. */
    public final boolean isForced() {
        return value != null;
    }

    /** Whether this thunk is being computed right now. */
    public final boolean isBeingForced() {
        return forcing;
    }

    /** The value if it is already known, else {@code null}. */
    public final Value valueIfForced() {
        return value;
    }

    /** Computes the value; called at most once successfully. */
    protected abstract Value compute();

    /** Drops what the computation needed, so it can be garbage collected once the value is known. */
    protected abstract void release();
}
