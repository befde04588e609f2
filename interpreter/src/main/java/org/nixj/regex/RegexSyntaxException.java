package org.nixj.regex;

/**
 * A pattern that cannot be compiled: invalid syntax, or (when {@link #tooBig()}) an automaton over
 * libstdc++'s limit of 100,000 states, which Nix reports as "memory limit exceeded by regular expression".
 */
public final class RegexSyntaxException extends RuntimeException {
    private final boolean tooBig;

    RegexSyntaxException(String reason, boolean tooBig) {
        super(reason, null, false, false);
        this.tooBig = tooBig;
    }

    RegexSyntaxException(String reason) {
        this(reason, false);
    }

    /** Whether the pattern is valid but needs too many automaton states. */
    public boolean tooBig() {
        return tooBig;
    }
}
