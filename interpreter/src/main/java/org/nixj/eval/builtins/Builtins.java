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
        DerivationBuiltins.register(t);
        StoreBuiltins.register(t);
        FetchBuiltins.register(t, context);
        PendingBuiltins.register(t);

        // builtins contains itself, and derivation, which is Nix code that needs builtins to compile: both
        // are filled in once everything else is there.
        NixAttrs[] self = new NixAttrs[1];
        Value[] derivation = new Value[1];
        NixAttrs.Builder b = NixAttrs.builder(t.builtins().size() + 2);
        t.builtins().forEach((name, value) -> b.put(name.intern(), value));
        b.put("builtins", later(() -> self[0]));
        b.put("derivation", later(() -> derivation[0]));
        self[0] = b.build();
        t.globals().put("builtins", self[0]);
        derivation[0] = DerivationBuiltins.derivationFunction(interpreter, t.globals());
        t.globals().put("derivation", derivation[0]);
        return Map.copyOf(t.globals());
    }

    /** A value known only once the base environment is complete. */
    private static Thunk later(java.util.function.Supplier<Value> value) {
        return new Thunk() {
            @Override
            protected Value compute() {
                return value.get();
            }

            @Override
            protected void release() {}
        };
    }
}
