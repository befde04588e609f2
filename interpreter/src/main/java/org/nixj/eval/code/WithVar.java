package org.nixj.eval.code;

import org.nixj.eval.Interpreter;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/**
 * A variable no lexical binding provides, looked up at run time in the enclosing {@code with} sets, innermost
 * first.
 *
 * @see Compiler
 */
final class WithVar extends Code {
    private final Interpreter interpreter;
    private final String name;
    /** Levels up to each enclosing {@code with} environment, innermost first. */
    private final int[] withLevels;

    WithVar(Interpreter interpreter, Pos pos, String name, int[] withLevels) {
        super(pos);
        this.interpreter = interpreter;
        this.name = name;
        this.withLevels = withLevels;
    }

    @Override
    public Value eval(Env env) {
        for (int levels : withLevels) {
            Lazy scope = env.up(levels).get(0);
            NixAttrs attrs = interpreter.forceAttrs(scope, pos, "while evaluating the first subexpression of a with expression");
            Lazy value = attrs.get(name);
            if (value != null) {
                return Interpreter.force(value, pos);
            }
        }
        throw new EvalError(ErrorKind.EVAL, "undefined variable '" + name + "'", pos);
    }
}
