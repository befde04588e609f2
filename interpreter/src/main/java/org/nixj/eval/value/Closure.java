package org.nixj.eval.value;

import org.nixj.eval.code.Env;
import org.nixj.eval.code.LambdaCode;

/** A Nix lambda together with the environment it was created in. */
public record Closure(LambdaCode lambda, Env env) implements NixFunction {
    @Override
    public String showType() {
        return "a function";
    }
}
