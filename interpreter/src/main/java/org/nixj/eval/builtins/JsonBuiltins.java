package org.nixj.eval.builtins;

import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.serial.JsonParser;
import org.nixj.eval.serial.JsonWriter;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.StringContext;

/** {@code toJSON} and {@code fromJSON}. */
final class JsonBuiltins {
    private JsonBuiltins() {}

    static void register(BuiltinTable t) {
        t.function("toJSON", 1, a -> {
            StringContext.Accumulator context = new StringContext.Accumulator();
            String json = JsonWriter.write(a.interpreter(), a.lazy(0), a.pos(), true, true, context);
            return new NixString(json, context.result());
        });
        t.function("fromJSON", 1, a -> {
            String text = a.stringNoContext(0);
            try {
                return JsonParser.parse(text);
            } catch (JsonParser.SyntaxError e) {
                throw new EvalError(ErrorKind.EVAL, e.getMessage()).addTrace(a.pos(), "while decoding a JSON string");
            }
        });
    }
}
