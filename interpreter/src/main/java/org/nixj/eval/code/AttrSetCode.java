package org.nixj.eval.code;

import java.util.Arrays;
import org.nixj.eval.Interpreter;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixNull;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/**
 * An attribute set literal, {@code rec} or not. Static names are sorted at compile time, so building the set
 * needs no sorting unless it has dynamic attributes. A {@code rec} set first makes an environment of its
 * attributes, in which their values (except {@code inherit}ed ones) are evaluated.
 */
final class AttrSetCode extends Code {
    private static final String OVERRIDES = "__overrides";

    private final Interpreter interpreter;
    private final boolean recursive;
    /** Sorted by name. */
    private final BindingCode[] bindings;
    private final String[] names;
    private final Pos[] positions;
    private final Code[] inheritSources;
    private final DynamicBindingCode[] dynamicBindings;
    /** With {@code __overrides}, attributes must be thunks, so that overridden ones can be swapped in the environment. */
    private final boolean hasOverrides;

    AttrSetCode(Interpreter interpreter, Pos pos, boolean recursive, BindingCode[] bindings, Code[] inheritSources,
                DynamicBindingCode[] dynamicBindings) {
        super(pos);
        this.interpreter = interpreter;
        this.recursive = recursive;
        this.bindings = bindings;
        this.names = Arrays.stream(bindings).map(BindingCode::name).toArray(String[]::new);
        this.positions = Arrays.stream(bindings).map(BindingCode::pos).toArray(Pos[]::new);
        this.inheritSources = inheritSources;
        this.dynamicBindings = dynamicBindings;
        this.hasOverrides = recursive && Arrays.binarySearch(names, OVERRIDES) >= 0;
    }

    @Override
    public Value eval(Env env) {
        Lazy[] values = new Lazy[bindings.length];
        // A rec set's environment and the set share the values array.
        Env own = recursive ? Env.of(env, values) : env;
        Env inheritEnv = Scopes.inheritEnv(inheritSources, own);
        for (int i = 0; i < bindings.length; i++) {
            BindingCode b = bindings[i];
            Env where = Scopes.choose(b.scope(), own, env, inheritEnv);
            values[i] = hasOverrides && b.scope() != BindingCode.Scope.ENCLOSING ? new CodeThunk(b.value(), where) : b.value().lazy(where);
        }
        NixAttrs attrs = NixAttrs.ofSorted(names, hasOverrides ? values.clone() : values, positions);
        if (hasOverrides) {
            attrs = applyOverrides(attrs, own);
        }
        return dynamicBindings.length == 0 ? attrs : addDynamic(attrs, own);
    }

    /**
     * {@code rec { __overrides = { ... }; ... }}: the attributes of {@code __overrides} replace the set's own,
     * also for the other attributes that refer to them.
     */
    private NixAttrs applyOverrides(NixAttrs attrs, Env own) {
        NixAttrs overrides = interpreter.forceAttrs(attrs.get(OVERRIDES), pos, "while evaluating the `__overrides` attribute");
        for (int i = 0; i < overrides.size(); i++) {
            int slot = Arrays.binarySearch(names, overrides.name(i));
            if (slot >= 0) {
                own.set(slot, overrides.value(i));
            }
        }
        return attrs.update(overrides);
    }

    private NixAttrs addDynamic(NixAttrs attrs, Env dynamicEnv) {
        NixAttrs result = attrs;
        for (DynamicBindingCode d : dynamicBindings) {
            Value nameValue = d.name().eval(dynamicEnv);
            if (nameValue == NixNull.NULL) {
                continue;
            }
            String name = interpreter.forceStringNoContext(nameValue, d.pos(), "while evaluating the name of a dynamic attribute").intern();
            Pos existing = result.has(name) ? result.posOf(name) : null;
            if (result.has(name)) {
                throw new EvalError(ErrorKind.EVAL, "dynamic attribute '" + name + "' already defined at "
                        + String.valueOf(existing), d.pos());
            }
            result = result.update(NixAttrs.builder(1).put(name, d.value().lazy(dynamicEnv), d.pos()).build());
        }
        return result;
    }
}
