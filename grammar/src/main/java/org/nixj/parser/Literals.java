package org.nixj.parser;

import org.nixj.source.Pos;

/** Number literals, with Nix's range errors. */
final class Literals {
    private Literals() {}

    /** A 64-bit integer; anything larger is "invalid integer", as in Nix. */
    static long parseInt(String text, Pos pos) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ParseError("invalid integer '" + text + "'", pos);
        }
    }

    /**
     * A double, read as C's {@code strtod} reads it. Nix rejects what {@code strtod} flags as out of range:
     * overflow to infinity and underflow to zero or a subnormal.
     */
    static double parseFloat(String text, Pos pos) {
        double value = Double.parseDouble(text);
        boolean underflow = Math.abs(value) < Double.MIN_NORMAL && hasNonZeroDigit(text);
        if (Double.isInfinite(value) || underflow) {
            throw new ParseError("invalid float '" + text + "'", pos);
        }
        return value;
    }

    private static boolean hasNonZeroDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
