package org.nixj.eval.builtins;

import org.nixj.eval.Arithmetic;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixInt;
import org.nixj.eval.value.Value;

/**
 * Arithmetic ({@code -}, {@code *}, {@code /} and {@code <} are calls of these), bit operations, rounding.
 * Integer overflow is an error, as in current Nix.
 */
final class ArithmeticBuiltins {
    private ArithmeticBuiltins() {}

    static void register(BuiltinTable t) {
        for (Arithmetic.Operator op : Arithmetic.Operator.values()) {
            t.function(op.builtin(), 2, a -> arithmetic(a, op));
        }
        t.function("bitAnd", 2, a -> NixInt.of(a.integer(0) & a.integer(1)));
        t.function("bitOr", 2, a -> NixInt.of(a.integer(0) | a.integer(1)));
        t.function("bitXor", 2, a -> NixInt.of(a.integer(0) ^ a.integer(1)));
        t.function("lessThan", 2, a -> {
            a.value(0);
            a.value(1);
            return NixBool.of(a.interpreter().comparison().lessThan(a.lazy(0), a.lazy(1), a.pos()));
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

    private static Value arithmetic(Args a, Arithmetic.Operator op) {
        return Arithmetic.apply(a.interpreter(), op, a.value(0), a.value(1));
    }
}
