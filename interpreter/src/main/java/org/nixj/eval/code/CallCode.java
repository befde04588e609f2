package org.nixj.eval.code;

import org.nixj.eval.Interpreter;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/** {@code f a b}: the function, then its arguments, lazily. */
final class CallCode extends Code {
    private final Interpreter interpreter;
    private final Code function;
    private final Code[] args;

    CallCode(Interpreter interpreter, Pos pos, Code function, Code[] args) {
        super(pos);
        this.interpreter = interpreter;
        this.function = function;
        this.args = args;
    }

    @Override
    public Value eval(Env env) {
        Value f = function.eval(env);
        if (args.length == 1) {
            return interpreter.call(f, args[0].lazy(env), pos);
        }
        Lazy[] values = new Lazy[args.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = args[i].lazy(env);
        }
        return interpreter.call(f, values, pos);
    }
}
