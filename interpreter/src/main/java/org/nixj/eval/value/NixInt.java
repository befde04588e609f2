package org.nixj.eval.value;

/** A 64-bit signed integer. Arithmetic that overflows is an error in Nix, never a wrap-around. */
public record NixInt(long value) implements Value {
    private static final int CACHE_LOW = -128;
    private static final int CACHE_HIGH = 1024;
    private static final NixInt[] CACHE = new NixInt[CACHE_HIGH - CACHE_LOW + 1];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new NixInt(i + CACHE_LOW);
        }
    }

    /** The integer {@code value}, shared for small ones. */
    public static NixInt of(long value) {
        return value >= CACHE_LOW && value <= CACHE_HIGH ? CACHE[(int) value - CACHE_LOW] : new NixInt(value);
    }

    @Override
    public String typeName() {
        return "int";
    }

    @Override
    public String showType() {
        return "an integer";
    }
}
