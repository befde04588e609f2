package org.nixj.eval.code;

import org.nixj.eval.Interpreter;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.print.ValuePrinter;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/** Operands evaluated to the type their construct needs, with Nix's messages when they are not. */
final class Operands {
    private Operands() {}

    /** {@code code} evaluated to a Boolean, as {@code if}, {@code assert} and the logic operators need. */
    static boolean bool(Code code, Env env, Pos pos, String errorContext) {
        Value v = eval(code, env, pos, errorContext);
        if (v instanceof NixBool b) {
            return b.value();
        }
        throw new EvalError(ErrorKind.TYPE, "expected a Boolean but found " + v.showType() + ": " + ValuePrinter.forError(v), pos)
                .addTrace(pos, errorContext);
    }

    /** {@code code} evaluated to a set, as {@code //} needs. */
    static NixAttrs attrs(Interpreter interpreter, Code code, Env env, Pos pos, String errorContext) {
        Value v = eval(code, env, pos, errorContext);
        if (v instanceof NixAttrs a) {
            return a;
        }
        throw interpreter.typeError("a set", v, pos, errorContext, false);
    }

    private static Value eval(Code code, Env env, Pos pos, String errorContext) {
        try {
            return code.eval(env);
        } catch (EvalError e) {
            throw e.addTrace(pos, errorContext);
        }
    }
}
