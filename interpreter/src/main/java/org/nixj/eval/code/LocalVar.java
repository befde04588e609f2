package org.nixj.eval.code;

import org.nixj.eval.Interpreter;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/** A variable bound by an enclosing {@code let}, {@code rec}, function or {@code inherit (e)}. */
final class LocalVar extends Code {
    private final int levels;
    private final int slot;

    LocalVar(Pos pos, int levels, int slot) {
        super(pos);
        this.levels = levels;
        this.slot = slot;
    }

    @Override
    public Value eval(Env env) {
        Env e = env;
        for (int i = levels; i > 0; i--) {
            e = e.up;
        }
        return Interpreter.force(e.get(slot), pos);
    }

    @Override
    public Lazy lazy(Env env) {
        Lazy bound = env.up(levels).get(slot);
        // A binding later in the same let or rec is not filled in yet: defer the lookup.
        return bound != null ? bound : super.lazy(env);
    }
}
