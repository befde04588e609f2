package org.nixj.eval.builtins;

import java.util.Map;
import org.nixj.eval.EvalContext;
import org.nixj.eval.Interpreter;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.Thunk;
import org.nixj.eval.value.Value;

/**
 * The base environment: every builtin group, registered from this one list, and the {@code builtins} set
 * holding them all (itself included).
 */
public final class Builtins {
    private Builtins() {}

    /** The global names of an evaluation, {@code builtins} among them. */
    public static Map<String, Value> globals(Interpreter interpreter, EvalContext context) {
        BuiltinTable t = new BuiltinTable(interpreter);
        ConstantBuiltins.register(t);
        TypeBuiltins.register(t);
        ControlBuiltins.register(t);
        AttrBuiltins.register(t);
        ListBuiltins.register(t);
        ArithmeticBuiltins.register(t);
        StringBuiltins.register(t);
        ContextBuiltins.register(t);
        RegexBuiltins.register(t);
        VersionBuiltins.register(t);
        HashBuiltins.register(t);
        FileBuiltins.register(t, context);
        JsonBuiltins.register(t);
        XmlBuiltins.register(t);
        TomlBuiltins.register(t);
        PendingBuiltins.register(t);

        NixAttrs[] self = new NixAttrs[1];
        Thunk selfReference = new Thunk() {
            @Override
            protected Value compute() {
                return self[0];
            }

            @Override
            protected void release() {}
        };
        NixAttrs.Builder b = NixAttrs.builder(t.builtins().size() + 1);
        t.builtins().forEach((name, value) -> b.put(name.intern(), value));
        b.put("builtins", selfReference);
        self[0] = b.build();
        t.globals().put("builtins", self[0]);
        return Map.copyOf(t.globals());
    }
}
