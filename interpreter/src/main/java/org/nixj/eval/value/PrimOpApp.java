package org.nixj.eval.value;

/** A builtin applied to fewer arguments than it needs; {@code args} are the ones it has so far. */
public record PrimOpApp(PrimOp primOp, Lazy[] args) implements NixFunction {
    @Override
    public String showType() {
        return "the partially applied built-in function '" + primOp.name() + "'";
    }
}
