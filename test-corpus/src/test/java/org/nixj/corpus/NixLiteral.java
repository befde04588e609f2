package org.nixj.corpus;

/** Nix source text for values the property tests generate. */
final class NixLiteral {
    private NixLiteral() {}

    /** {@code s} as a Nix string literal: quotes, backslashes, {@code $} and control characters escaped. */
    static String string(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"', '\\' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '$' -> out.append("\\$");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
