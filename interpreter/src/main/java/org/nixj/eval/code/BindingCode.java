package org.nixj.eval.code;

import org.nixj.source.Pos;

/**
 * One static binding of a set or {@code let}, compiled: its name, position, value code and the environment
 * the value is evaluated in.
 */
record BindingCode(String name, Pos pos, Code value, Scope scope) {

    /** Which environment a binding's value is evaluated in. */
    enum Scope {
        /** The set's own environment for {@code rec} and {@code let}; the enclosing one otherwise. */
        OWN,
        /** The enclosing environment: {@code inherit x;} in a {@code rec} set or {@code let}. */
        ENCLOSING,
        /** The environment holding the sources of {@code inherit (e) x;}. */
        INHERIT_FROM
    }
}
