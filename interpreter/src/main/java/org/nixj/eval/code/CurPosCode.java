package org.nixj.eval.code;

import org.nixj.eval.Interpreter;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/** {@code __curPos}: the set {@code { file, line, column }} of its own position. */
final class CurPosCode extends Code {
    private final Interpreter interpreter;

    CurPosCode(Interpreter interpreter, Pos pos) {
        super(pos);
        this.interpreter = interpreter;
    }

    @Override
    public Value eval(Env env) {
        return interpreter.positionAttrs(pos);
    }
}
