package org.nixj.eval.builtins;

import org.nixj.eval.Comparison;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixFloat;
import org.nixj.eval.value.NixInt;
import org.nixj.eval.value.Value;

/**
 * Arithmetic ({@code -}, {@code *}, {@code /} and {@code <} are calls of these), bit operations, rounding.
 * Integer overflow is an error, as in current Nix.
 */
final class ArithmeticBuiltins {
    private ArithmeticBuiltins() {}

    static void register(BuiltinTable t) {
        t.function("add", 2, a -> arithmetic(a, "addition", '+'));
        t.function("sub", 2, a -> arithmetic(a, "subtraction", '-'));
        t.function("mul", 2, a -> arithmetic(a, "multiplication", '*'));
        t.function("div", 2, a -> arithmetic(a, "division", '/'));
        t.function("bitAnd", 2, a -> NixInt.of(a.integer(0) & a.integer(1)));
        t.function("bitOr", 2, a -> NixInt.of(a.integer(0) | a.integer(1)));
        t.function("bitXor", 2, a -> NixInt.of(a.integer(0) ^ a.integer(1)));
        t.function("lessThan", 2, a -> {
            a.value(0);
            a.value(1);
            return NixBool.of(new Comparison(a.interpreter()).lessThan(a.lazy(0), a.lazy(1), a.pos()));
        });
        t.function("ceil", 1, a -> round(a, Math.ceil(number(a, 0, "while evaluating the first argument passed to builtins.ceil")), "ceil"));
        t.function("floor", 1, a -> round(a, Math.floor(number(a, 0, "while evaluating the first argument passed to builtins.floor")), "floor"));
    }

    private static double number(Args a, int i, String context) {
        return a.interpreter().forceFloat(a.lazy(i), null, context);
    }

    private static Value round(Args a, double value, String name) {
        // Nix converts through a double: anything out of the 64-bit range is an error.
        if (Double.isNaN(value) || value < -0x1p63 || value >= 0x1p63) {
            throw new EvalError(ErrorKind.EVAL, "NixFloat would not fit in NixInt")
                    .addTrace(a.pos(), "while evaluating the result of builtins." + name);
        }
        return NixInt.of((long) value);
    }

    private static Value arithmetic(Args a, String what, char op) {
        Value x = a.value(0);
        Value y = a.value(1);
        if (x instanceof NixFloat || y instanceof NixFloat) {
            double l = a.interpreter().forceFloat(x, null, "while evaluating the first argument of the " + what);
            double r = a.interpreter().forceFloat(y, null, "while evaluating the second argument of the " + what);
            if (op == '/' && r == 0) {
                throw new EvalError(ErrorKind.EVAL, "division by zero");
            }
            return new NixFloat(switch (op) {
                case '+' -> l + r;
                case '-' -> l - r;
                case '*' -> l * r;
                default -> l / r;
            });
        }
        long l = a.interpreter().forceInt(x, null, "while evaluating the first argument of the " + what);
        long r = a.interpreter().forceInt(y, null, "while evaluating the second argument of the " + what);
        try {
            return NixInt.of(switch (op) {
                case '+' -> Math.addExact(l, r);
                case '-' -> Math.subtractExact(l, r);
                case '*' -> Math.multiplyExact(l, r);
                default -> {
                    if (r == 0) {
                        throw new EvalError(ErrorKind.EVAL, "division by zero");
                    }
                    yield Math.divideExact(l, r);
                }
            });
        } catch (ArithmeticException e) {
            String verb = switch (op) {
                case '+' -> "adding";
                case '-' -> "subtracting";
                case '*' -> "multiplying";
                default -> "dividing";
            };
            throw new EvalError(ErrorKind.EVAL, "integer overflow in " + verb + " " + l + " " + op + " " + r);
        }
    }
}
