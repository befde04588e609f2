package org.nixj.eval.code;

import org.nixj.eval.Coercion;
import org.nixj.eval.Interpreter;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.NixFloat;
import org.nixj.eval.value.NixInt;
import org.nixj.eval.value.NixPath;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.Value;
import org.nixj.eval.value.StringContext;
import org.nixj.source.CanonicalPaths;
import org.nixj.source.Pos;

/**
 * String interpolation, {@code +} (which Nix parses as a concatenation and decides by the first operand's
 * type whether it adds numbers, appends to a path or builds a string) and interpolated paths. Operands are
 * evaluated one by one, so an error in one stops before the next is evaluated.
 */
final class ConcatStringsCode extends Code {
    private enum Kind { INT, FLOAT, PATH, STRING }

    private final Interpreter interpreter;
    private final boolean forceString;
    private final Code[] parts;

    ConcatStringsCode(Interpreter interpreter, Pos pos, boolean forceString, Code[] parts) {
        super(pos);
        this.interpreter = interpreter;
        this.forceString = forceString;
        this.parts = parts;
    }

    @Override
    public Value eval(Env env) {
        Kind kind = Kind.STRING;
        long sum = 0;
        double floatSum = 0;
        StringBuilder text = null;
        StringContext.Accumulator context = new StringContext.Accumulator();
        boolean first = !forceString;
        for (Code part : parts) {
            Value v = part.eval(env);
            if (first) {
                kind = v instanceof NixInt ? Kind.INT : v instanceof NixFloat ? Kind.FLOAT
                        : v instanceof NixPath ? Kind.PATH : Kind.STRING;
            }
            switch (kind) {
                case INT -> {
                    if (v instanceof NixInt i) {
                        long result = sum + i.value();
                        if (((sum ^ result) & (i.value() ^ result)) < 0) {
                            throw new EvalError(ErrorKind.EVAL, "integer overflow in adding " + sum + " + " + i.value(), part.pos());
                        }
                        sum = result;
                    } else if (v instanceof NixFloat f) {
                        kind = Kind.FLOAT;
                        floatSum = sum + f.value();
                    } else {
                        throw new EvalError(ErrorKind.EVAL, "cannot add " + v.showType() + " to an integer", part.pos());
                    }
                }
                case FLOAT -> {
                    if (v instanceof NixInt i) {
                        floatSum += i.value();
                    } else if (v instanceof NixFloat f) {
                        floatSum += f.value();
                    } else {
                        throw new EvalError(ErrorKind.EVAL, "cannot add " + v.showType() + " to a float", part.pos());
                    }
                }
                default -> {
                    if (text == null) {
                        text = new StringBuilder();
                    }
                    text.append(interpreter.coerceToString(v, part.pos(), context, "while evaluating a path segment",
                            kind == Kind.STRING ? Coercion.STRINGS_COPYING_PATHS : Coercion.STRINGS));
                }
            }
            first = false;
        }
        return switch (kind) {
            case INT -> NixInt.of(sum);
            case FLOAT -> new NixFloat(floatSum);
            case PATH -> {
                if (!context.result().isEmpty()) {
                    throw new EvalError(ErrorKind.EVAL, "a string that refers to a store path cannot be appended to a path", pos);
                }
                yield new NixPath(CanonicalPaths.canonicalize(text.toString()));
            }
            case STRING -> text == null ? NixString.EMPTY : new NixString(text.toString(), context.result());
        };
    }
}
