package org.nixj.eval.code;

import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/** A literal, or a builtin resolved at compile time: its value is known before evaluation. */
final class Constant extends Code {
    private final Value value;

    Constant(Pos pos, Value value) {
        super(pos);
        this.value = value;
    }

    Value value() {
        return value;
    }

    @Override
    public Value eval(Env env) {
        return value;
    }

    @Override
    public Lazy lazy(Env env) {
        return value;
    }
}
