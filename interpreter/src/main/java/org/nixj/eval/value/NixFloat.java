package org.nixj.eval.value;

/** A double-precision float. */
public record NixFloat(double value) implements Value {
    @Override
    public String typeName() {
        return "float";
    }

    @Override
    public String showType() {
        return "a float";
    }
}
