package org.nixj.eval.code;

import org.nixj.eval.Arithmetic;
import org.nixj.eval.Interpreter;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/**
 * {@code a - b}, {@code a * b}, {@code a / b} and {@code a < b} (and the other comparisons): Nix parses them
 * as calls of {@code __sub}, {@code __mul}, {@code __div} and {@code __lessThan}. When those names still mean
 * the builtins, the compiler emits this node, which does what the call would do (same order of forcing,
 * same errors and trace frames) without building an application.
 */
final class OperatorCallCode extends Code {
    private final Interpreter interpreter;
    /** The arithmetic operator, or null for {@code lessThan}. */
    private final Arithmetic.Operator operator;
    private final Code left;
    private final Code right;
    private final String builtin;

    OperatorCallCode(Interpreter interpreter, Pos pos, Arithmetic.Operator operator, Code left, Code right) {
        super(pos);
        this.interpreter = interpreter;
        this.operator = operator;
        this.left = left;
        this.right = right;
        this.builtin = operator == null ? "lessThan" : operator.builtin();
    }

    @Override
    public Value eval(Env env) {
        Value x = operand(left, env, "first");
        Value y = operand(right, env, "second");
        try {
            return operator == null ? NixBool.of(interpreter.comparison().lessThan(x, y, pos))
                    : Arithmetic.apply(interpreter, operator, x, y);
        } catch (EvalError e) {
            throw e.addTrace(pos, "while calling the '" + builtin + "' builtin");
        }
    }

    private Value operand(Code code, Env env, String ordinal) {
        try {
            return code.eval(env);
        } catch (EvalError e) {
            e.addTrace(null, "while evaluating the " + ordinal + " argument passed to builtins." + builtin);
            throw e.addTrace(pos, "while calling the '" + builtin + "' builtin");
        }
    }
}
