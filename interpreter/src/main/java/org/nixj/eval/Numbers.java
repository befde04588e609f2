package org.nixj.eval;

import java.util.Locale;

/** How Nix turns floats into text. */
public final class Numbers {
    private Numbers() {}

    /** C++'s {@code std::to_string(double)}: fixed notation with six decimals, as {@code toString 1.5} gives. */
    public static String toStringFixed(double value) {
        if (Double.isNaN(value)) {
            return Double.doubleToRawLongBits(value) < 0 ? "-nan" : "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return String.format(Locale.ROOT, "%f", value);
    }
}
