package org.nixj.cli.repl;

import java.util.Set;
import java.util.TreeMap;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;

/**
 * The variables the REPL's input sees: those added by {@code :a}, {@code :l}, {@code :lf} and
 * {@code x = e}, later ones replacing earlier ones of the same name. Expressions are evaluated with them as
 * their innermost scope.
 */
final class Scope {
    private final TreeMap<String, Lazy> variables = new TreeMap<>();
    private NixAttrs asAttrs = NixAttrs.EMPTY;

    /** Adds or replaces {@code name}. */
    void put(String name, Lazy value) {
        variables.put(name.intern(), value);
        asAttrs = null;
    }

    /** Adds every attribute of {@code attrs}, values unforced. */
    void putAll(NixAttrs attrs) {
        for (int i = 0; i < attrs.size(); i++) {
            variables.put(attrs.name(i).intern(), attrs.value(i));
        }
        asAttrs = null;
    }

    void clear() {
        variables.clear();
        asAttrs = NixAttrs.EMPTY;
    }

    /** The variable {@code name}, or {@code null}. */
    Lazy get(String name) {
        return variables.get(name);
    }

    /** The variables' names, sorted. */
    Set<String> names() {
        return variables.navigableKeySet();
    }

    /** The variables as a set, for {@code Evaluator.evaluate(source, scope)}. */
    NixAttrs attrs() {
        if (asAttrs == null) {
            NixAttrs.Builder b = NixAttrs.builder(variables.size());
            variables.forEach(b::put);
            asAttrs = b.build();
        }
        return asAttrs;
    }
}
