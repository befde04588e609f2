package org.nixj.eval.value;

import org.nixj.eval.code.Env;
import org.nixj.eval.code.LambdaCode;
import org.nixj.source.Pos;

/**
 * A Nix lambda together with the environment it was created in. Both are the evaluator's own: their package
 * is not exported, so outside the interpreter a closure is opaque (call it through the API).
 */
@SuppressWarnings("exports")
public record Closure(LambdaCode lambda, Env env) implements NixFunction {
    /** The name Nix gives the function (the attribute or variable it was bound to), or {@code null}. */
    public String name() {
        return lambda.name();
    }

    /** Where the function is defined: the start of its argument, as Nix's {@code «lambda @ file:line:col»} shows. */
    public Pos pos() {
        return lambda.pos();
    }

    /**
     * The documentation comment of the function (RFC 145: a {@code /** ... *}{@code /} comment just before
     * the function or before the attribute that binds it), as written, or {@code null}.
     */
    public String docComment() {
        return lambda.doc();
    }

    @Override
    public String showType() {
        return "a function";
    }
}
