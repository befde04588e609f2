package org.nixj.eval.value;

/** {@code true} or {@code false}; there are exactly two instances. */
public final class NixBool implements Value {
    public static final NixBool TRUE = new NixBool(true);
    public static final NixBool FALSE = new NixBool(false);

    private final boolean value;

    private NixBool(boolean value) {
        this.value = value;
    }

    public static NixBool of(boolean value) {
        return value ? TRUE : FALSE;
    }

    public boolean value() {
        return value;
    }

    @Override
    public String typeName() {
        return "bool";
    }

    @Override
    public String showType() {
        return "a Boolean";
    }

    @Override
    public String toString() {
        return Boolean.toString(value);
    }
}
