package org.nixj.eval.value;

/** {@code null}. */
public enum NixNull implements Value {
    NULL;

    @Override
    public String typeName() {
        return "null";
    }

    @Override
    public String showType() {
        return "null";
    }
}
