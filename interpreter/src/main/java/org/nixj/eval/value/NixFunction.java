package org.nixj.eval.value;

/** Something that can be called: a lambda closed over its environment, a builtin, or a builtin partly applied. */
public sealed interface NixFunction extends Value permits Closure, PrimOp, PrimOpApp {
    @Override
    default String typeName() {
        return "lambda";
    }
}
