package org.nixj.eval.builtins;

import org.nixj.eval.Coercion;
import org.nixj.eval.Interpreter;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.print.ValuePrinter;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.StringContext;
import org.nixj.eval.value.Value;

/** Control and debugging: {@code throw}, {@code abort}, {@code tryEval}, {@code seq}, {@code trace}, ... */
final class ControlBuiltins {
    private ControlBuiltins() {}

    static void register(BuiltinTable t) {
        t.globalFunction("throw", 1, a -> {
            String message = a.interpreter().coerceToString(a.lazy(0), a.pos(), new StringContext.Accumulator(),
                    "while evaluating the error message passed to builtin.throw", Coercion.STRINGS);
            throw new EvalError(ErrorKind.THROWN, message);
        });
        t.globalFunction("abort", 1, a -> {
            String message = a.interpreter().coerceToString(a.lazy(0), a.pos(), new StringContext.Accumulator(),
                    "while evaluating the error message passed to builtins.abort", Coercion.STRINGS);
            throw new EvalError(ErrorKind.ABORT, "evaluation aborted with the following error message: '" + message + "'");
        });
        t.function("addErrorContext", 2, a -> {
            try {
                return a.value(1);
            } catch (EvalError e) {
                String message = a.interpreter().coerceToString(a.lazy(0), a.pos(), new StringContext.Accumulator(),
                        "while evaluating the error message passed to builtins.addErrorContext", Coercion.STRINGS);
                throw e.addTrace(null, message);
            }
        });
        t.function("tryEval", 1, a -> {
            NixAttrs.Builder result = NixAttrs.builder(2);
            try {
                Value v = Interpreter.force(a.lazy(0), a.pos());
                result.put("success", NixBool.TRUE).put("value", v);
            } catch (EvalError e) {
                if (!e.kind().catchableByTryEval()) {
                    throw e;
                }
                result.put("success", NixBool.FALSE).put("value", NixBool.FALSE);
            }
            return result.build();
        });
        t.function("seq", 2, a -> {
            a.value(0);
            return a.value(1);
        });
        t.function("deepSeq", 2, a -> {
            a.interpreter().forceDeep(a.lazy(0), a.pos());
            return a.value(1);
        });
        t.function("trace", 2, a -> {
            Value v = a.value(0);
            a.interpreter().diagnostic("trace: " + (v instanceof NixString s ? s.value() : ValuePrinter.forError(v)));
            return a.value(1);
        });
        t.function("warn", 2, a -> {
            NixString message = a.string(0);
            a.interpreter().diagnostic("evaluation warning: " + message.value());
            if (a.interpreter().settings().abortOnWarn()) {
                // As Nix, an error tryEval does not catch, raised where warn was called.
                throw new EvalError(ErrorKind.EVAL, "aborting to reveal stack trace of warning, as abort-on-warn is set");
            }
            return a.value(1);
        });
        t.function("traceVerbose", 2, a -> a.value(1));
        t.globalFunction("break", 1, a -> a.value(0));
    }
}
