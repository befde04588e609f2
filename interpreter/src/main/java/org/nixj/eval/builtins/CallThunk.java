package org.nixj.eval.builtins;

import org.nixj.eval.Interpreter;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.Thunk;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/** A function application left for later, as {@code map} and {@code mapAttrs} make for every element. */
final class CallThunk extends Thunk {
    private Interpreter interpreter;
    private Value function;
    private Lazy[] args;
    private Pos pos;

    CallThunk(Interpreter interpreter, Value function, Pos pos, Lazy... args) {
        this.interpreter = interpreter;
        this.function = function;
        this.args = args;
        this.pos = pos;
    }

    @Override
    protected Value compute() {
        return interpreter.call(function, args, pos);
    }

    @Override
    protected void release() {
        interpreter = null;
        function = null;
        args = null;
        pos = null;
    }
}
