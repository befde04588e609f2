package org.nixj.parser;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATNState;
import org.nixj.grammar.antlr.NixParser;

/**
 * The generated parser, remembering where in the grammar it stood after its last consumed token. That
 * point is where an LR parser such as Nix's detects a syntax error, so {@link SyntaxErrorStrategy} computes
 * the "expecting ..." list from it.
 */
final class PositionTrackingParser extends NixParser {
    private ATNState stateAfterLastToken;
    private ParserRuleContext contextOfLastToken;
    private boolean failed;

    PositionTrackingParser(TokenStream input) {
        super(input);
    }

    @Override
    public org.antlr.v4.runtime.Token consume() {
        // The current state is the one whose (single) transition matches the token being consumed.
        stateAfterLastToken = getATN().states.get(getState()).transition(0).target;
        contextOfLastToken = getContext();
        return super.consume();
    }

    /**
     * Marks the parse as failed. Rules still exit while the error propagates, and their half-built
     * contexts must not be handed to the AST builder.
     */
    void fail() {
        failed = true;
    }

    boolean failed() {
        return failed;
    }

    /** The grammar state right after the last consumed token, or {@code null} before the first. */
    ATNState stateAfterLastToken() {
        return stateAfterLastToken;
    }

    /** The rule invocation the last consumed token belongs to. */
    ParserRuleContext contextOfLastToken() {
        return contextOfLastToken;
    }
}
