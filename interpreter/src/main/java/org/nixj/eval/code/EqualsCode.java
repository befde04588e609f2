package org.nixj.eval.code;

import org.nixj.eval.Interpreter;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/** {@code a == b} and {@code a != b}. */
final class EqualsCode extends Code {
    private final Interpreter interpreter;
    private final Code left;
    private final Code right;
    private final boolean negated;

    EqualsCode(Interpreter interpreter, Pos pos, Code left, Code right, boolean negated) {
        super(pos);
        this.interpreter = interpreter;
        this.left = left;
        this.right = right;
        this.negated = negated;
    }

    @Override
    public Value eval(Env env) {
        boolean equal = interpreter.equality().equal(left.eval(env), right.eval(env), pos);
        return NixBool.of(equal != negated);
    }
}
