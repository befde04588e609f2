package org.nixj.eval;

import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.NixFloat;
import org.nixj.eval.value.NixInt;
import org.nixj.eval.value.Value;

/**
 * Nix's {@code builtins.add}, {@code sub}, {@code mul} and {@code div} (which {@code -}, {@code *} and
 * {@code /} call): integers unless either operand is a float; integer overflow and division by zero are
 * errors.
 */
public final class Arithmetic {
    private Arithmetic() {}

    /** An arithmetic builtin. */
    public enum Operator {
        ADD("add", "addition", "adding", '+'),
        SUB("sub", "subtraction", "subtracting", '-'),
        MUL("mul", "multiplication", "multiplying", '*'),
        DIV("div", "division", "dividing", '/');

        final String builtin;
        final String noun;
        final String verb;
        final char symbol;

        Operator(String builtin, String noun, String verb, char symbol) {
            this.builtin = builtin;
            this.noun = noun;
            this.verb = verb;
            this.symbol = symbol;
        }

        /** The builtin's name, without {@code builtins.}. */
        public String builtin() {
            return builtin;
        }
    }

    /** {@code x op y} for two forced operands. */
    public static Value apply(Interpreter interpreter, Operator op, Value x, Value y) {
        if (x instanceof NixInt i && y instanceof NixInt j) {
            return NixInt.of(integer(op, i.value(), j.value()));
        }
        if (x instanceof NixFloat || y instanceof NixFloat) {
            double l = interpreter.forceFloat(x, null, "while evaluating the first argument of the " + op.noun);
            double r = interpreter.forceFloat(y, null, "while evaluating the second argument of the " + op.noun);
            if (op == Operator.DIV && r == 0) {
                throw new EvalError(ErrorKind.EVAL, "division by zero");
            }
            return new NixFloat(switch (op) {
                case ADD -> l + r;
                case SUB -> l - r;
                case MUL -> l * r;
                case DIV -> l / r;
            });
        }
        long l = interpreter.forceInt(x, null, "while evaluating the first argument of the " + op.noun);
        long r = interpreter.forceInt(y, null, "while evaluating the second argument of the " + op.noun);
        return NixInt.of(integer(op, l, r));
    }

    private static long integer(Operator op, long l, long r) {
        try {
            return switch (op) {
                case ADD -> Math.addExact(l, r);
                case SUB -> Math.subtractExact(l, r);
                case MUL -> Math.multiplyExact(l, r);
                case DIV -> {
                    if (r == 0) {
                        throw new EvalError(ErrorKind.EVAL, "division by zero");
                    }
                    yield Math.divideExact(l, r);
                }
            };
        } catch (ArithmeticException e) {
            throw new EvalError(ErrorKind.EVAL, "integer overflow in " + op.verb + " " + l + " " + op.symbol + " " + r);
        }
    }
}
