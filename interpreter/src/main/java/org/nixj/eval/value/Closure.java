package org.nixj.eval.value;

import org.nixj.eval.code.Env;
import org.nixj.eval.code.LambdaCode;

/**
 * A Nix lambda together with the environment it was created in. Both are the evaluator's own: their package
 * is not exported, so outside the interpreter a closure is opaque (call it through the API).
 */
@SuppressWarnings("exports")
public record Closure(LambdaCode lambda, Env env) implements NixFunction {
    @Override
    public String showType() {
        return "a function";
    }
}
