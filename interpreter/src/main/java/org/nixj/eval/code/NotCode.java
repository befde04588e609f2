package org.nixj.eval.code;

import org.nixj.eval.Interpreter;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/** {@code !e}. */
final class NotCode extends Code {
    private final Interpreter interpreter;
    private final Code operand;

    NotCode(Interpreter interpreter, Pos pos, Code operand) {
        super(pos);
        this.interpreter = interpreter;
        this.operand = operand;
    }

    @Override
    public Value eval(Env env) {
        return NixBool.of(!Operands.bool(operand, env, pos, "in the argument of the not operator"));
    }
}
