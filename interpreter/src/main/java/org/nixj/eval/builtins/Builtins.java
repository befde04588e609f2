package org.nixj.eval.builtins;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nixj.eval.Interpreter;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.Thunk;
import org.nixj.eval.value.Value;

/**
 * The base environment: every builtin group, registered from this one list and then the groups an embedder
 * adds, and the {@code builtins} set holding them all (itself included).
 *
 * @param globals the global names of an evaluation, {@code builtins} among them
 * @param documentation where each builtin's documentation is, by name
 * @param internals functions for the evaluator's own use, by name (see {@link BuiltinTable#internal})
 */
public record Builtins(Map<String, Value> globals, Map<String, BuiltinDocs> documentation, Map<String, Value> internals) {
    public Builtins {
        globals = Map.copyOf(globals);
        documentation = Map.copyOf(documentation);
        internals = Map.copyOf(internals);
    }

    /** The base environment of {@code interpreter}: nixj's builtins and those of {@code extra}. */
    public static Builtins create(Interpreter interpreter, List<BuiltinGroup> extra) {
        BuiltinTable t = new BuiltinTable(interpreter);
        t.registerDocumented(BuiltinDocs.CORE, () -> {
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
            FileBuiltins.register(t);
            JsonBuiltins.register(t);
            XmlBuiltins.register(t);
            TomlBuiltins.register(t);
            DerivationBuiltins.register(t);
            StoreBuiltins.register(t);
            FetchBuiltins.register(t);
        });
        extra.forEach(t::register);
        // Placeholders for the builtins Nix has that only other modules provide, where no group defined them.
        t.registerDocumented(BuiltinDocs.CORE, () -> PendingBuiltins.register(t));

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
        t.documentation().put("builtins", BuiltinDocs.CORE);
        t.documentation().put("derivation", BuiltinDocs.CORE);
        return new Builtins(t.globals(), t.documentation(), t.internals());
    }

    /** The documentation of the builtin {@code name}, if it is one and is documented. */
    public Optional<BuiltinDoc> documentationOf(String name) {
        BuiltinDocs docs = documentation.get(name);
        return docs == null ? Optional.empty() : docs.find(name);
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
