package org.nixj.eval.builtins;

import org.nixj.eval.value.Value;

/** The body of a builtin function. */
@FunctionalInterface
public interface Builtin {
    Value apply(Args args);
}
