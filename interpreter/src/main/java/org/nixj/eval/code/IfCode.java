package org.nixj.eval.code;

import org.nixj.eval.Interpreter;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/** {@code if c then a else b}. */
final class IfCode extends Code {
    private final Interpreter interpreter;
    private final Code condition;
    private final Code consequent;
    private final Code alternative;

    IfCode(Interpreter interpreter, Pos pos, Code condition, Code consequent, Code alternative) {
        super(pos);
        this.interpreter = interpreter;
        this.condition = condition;
        this.consequent = consequent;
        this.alternative = alternative;
    }

    @Override
    public Value eval(Env env) {
        boolean c = Operands.bool(condition, env, pos, "while evaluating a branch condition");
        return (c ? consequent : alternative).eval(env);
    }
}
