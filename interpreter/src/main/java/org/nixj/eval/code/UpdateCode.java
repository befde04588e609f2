package org.nixj.eval.code;

import org.nixj.eval.Interpreter;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/** {@code a // b}. */
final class UpdateCode extends Code {
    private final Interpreter interpreter;
    private final Code left;
    private final Code right;

    UpdateCode(Interpreter interpreter, Pos pos, Code left, Code right) {
        super(pos);
        this.interpreter = interpreter;
        this.left = left;
        this.right = right;
    }

    @Override
    public Value eval(Env env) {
        NixAttrs l = Operands.attrs(interpreter, left, env, pos, "in the left operand of the update (//) operator");
        NixAttrs r = Operands.attrs(interpreter, right, env, pos, "in the right operand of the update (//) operator");
        return l.update(r);
    }
}
