package org.nixj.eval.code;

import org.nixj.eval.Interpreter;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/** {@code &&}, {@code ||} and {@code ->}, each evaluating its right operand only when needed. */
final class LogicCode extends Code {
    enum Operator {
        AND("AND (&&)"), OR("OR (||)"), IMPLICATION("IMPL (->)");

        final String description;

        Operator(String description) {
            this.description = description;
        }
    }

    private final Interpreter interpreter;
    private final Operator operator;
    private final Code left;
    private final Code right;
    private final String leftContext;
    private final String rightContext;

    LogicCode(Interpreter interpreter, Pos pos, Operator operator, Code left, Code right) {
        super(pos);
        this.interpreter = interpreter;
        this.operator = operator;
        this.left = left;
        this.right = right;
        this.leftContext = "in the left operand of the " + operator.description + " operator";
        this.rightContext = "in the right operand of the " + operator.description + " operator";
    }

    @Override
    public Value eval(Env env) {
        boolean l = Operands.bool(left, env, pos, leftContext);
        boolean result = switch (operator) {
            case AND -> l && Operands.bool(right, env, pos, rightContext);
            case OR -> l || Operands.bool(right, env, pos, rightContext);
            case IMPLICATION -> !l || Operands.bool(right, env, pos, rightContext);
        };
        return NixBool.of(result);
    }
}
