package org.nixj.eval.code;

import org.nixj.eval.Interpreter;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/** {@code a ++ b}. */
final class ConcatListsCode extends Code {
    private static final String CONTEXT = "while evaluating one of the elements to concatenate";

    private final Interpreter interpreter;
    private final Code left;
    private final Code right;

    ConcatListsCode(Interpreter interpreter, Pos pos, Code left, Code right) {
        super(pos);
        this.interpreter = interpreter;
        this.left = left;
        this.right = right;
    }

    @Override
    public Value eval(Env env) {
        Value l = left.eval(env);
        Value r = right.eval(env);
        return interpreter.forceList(l, pos, CONTEXT).concat(interpreter.forceList(r, pos, CONTEXT));
    }
}
