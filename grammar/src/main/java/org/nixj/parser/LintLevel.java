package org.nixj.parser;

/**
 * How a lint of current Nix ({@code lint-url-literals}, {@code lint-short-path-literals},
 * {@code lint-absolute-path-literals}) treats what it finds: not at all, with a warning, or as a parse error.
 */
public enum LintLevel {
    /** The default: nothing is reported. */
    IGNORE,
    /** A warning, with the literal's position; parsing goes on. */
    WARN,
    /** A parse error at the literal. */
    FATAL;

    /** The level a setting's value names ({@code ignore}, {@code warn}, {@code fatal}), or null for another word. */
    public static LintLevel parse(String value) {
        return switch (value) {
            case "ignore" -> IGNORE;
            case "warn" -> WARN;
            case "fatal" -> FATAL;
            default -> null;
        };
    }
}
