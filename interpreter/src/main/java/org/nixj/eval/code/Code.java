package org.nixj.eval.code;

import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/**
 * Resolved, executable code: what the {@link Compiler} makes of an {@link org.nixj.syntax.Expr}, with every
 * variable bound to its slot. Evaluating returns a value in weak head normal form.
 */
public abstract class Code {
    protected final Pos pos;

    protected Code(Pos pos) {
        this.pos = pos;
    }

    /** Where this code is, as Nix reports it. */
    public final Pos pos() {
        return pos;
    }

    /** Evaluates this code in {@code env}. */
    public abstract Value eval(Env env);

    /**
     * This code as a lazy value in {@code env}: a thunk, unless the value is at hand without evaluating
     * anything (constants, variables already bound), as Nix's {@code maybeThunk} does.
     */
    public Lazy lazy(Env env) {
        return new CodeThunk(this, env);
    }
}
