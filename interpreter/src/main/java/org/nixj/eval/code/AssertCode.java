package org.nixj.eval.code;

import org.nixj.eval.Interpreter;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/**
 * {@code assert c; body}. A failed {@code a == b} condition is explained by how the two sides differ, as
 * current Nix does; any other failed condition is "assertion 'c' failed".
 */
final class AssertCode extends Code {
    private final Interpreter interpreter;
    private final Code condition;
    private final String conditionText;
    /** The two sides when the condition is {@code a == b}, else null. */
    private final Code[] equalitySides;
    private final Code body;

    AssertCode(Interpreter interpreter, Pos pos, Code condition, String conditionText, Code[] equalitySides, Code body) {
        super(pos);
        this.interpreter = interpreter;
        this.condition = condition;
        this.conditionText = conditionText;
        this.equalitySides = equalitySides;
        this.body = body;
    }

    @Override
    public Value eval(Env env) {
        if (!Operands.bool(condition, env, pos, "in the condition of the assert statement")) {
            if (equalitySides != null) {
                try {
                    interpreter.equality().assertEqual(equalitySides[0].eval(env), equalitySides[1].eval(env),
                            equalitySides[0].pos());
                } catch (EvalError e) {
                    if (e.kind() == ErrorKind.ASSERTION) {
                        e.addTrace(pos, "while evaluating the condition of the assertion '" + conditionText + "'");
                    }
                    throw e;
                }
            }
            throw new EvalError(ErrorKind.ASSERTION, "assertion '" + conditionText + "' failed", pos);
        }
        return body.eval(env);
    }
}
