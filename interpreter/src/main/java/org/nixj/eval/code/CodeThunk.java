package org.nixj.eval.code;

import org.nixj.eval.value.Thunk;
import org.nixj.eval.value.Value;

/** A thunk that evaluates a piece of code in an environment. */
final class CodeThunk extends Thunk {
    private Code code;
    private Env env;

    CodeThunk(Code code, Env env) {
        this.code = code;
        this.env = env;
    }

    @Override
    protected Value compute() {
        return code.eval(env);
    }

    @Override
    protected void release() {
        code = null;
        env = null;
    }
}
