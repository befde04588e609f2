package org.nixj.parser;

/**
 * Set when lexing or parsing has failed. Rules still exit while the error propagates, and the AST builder
 * must not be handed their half-built parse trees.
 */
final class FailureFlag {
    private boolean raised;

    /** Records the failure and returns the error, for {@code throw flag.raise(error)}. */
    ParseError raise(ParseError error) {
        raised = true;
        return error;
    }

    void raise() {
        raised = true;
    }

    boolean raised() {
        return raised;
    }
}
