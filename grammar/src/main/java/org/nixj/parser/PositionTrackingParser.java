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
    private int stateOfLastToken = -1;
    private ParserRuleContext contextOfLastToken;
    private final FailureFlag failure;

    PositionTrackingParser(TokenStream input, FailureFlag failure) {
        super(input);
        this.failure = failure;
    }

    @Override
    public org.antlr.v4.runtime.Token consume() {
        // Only remembered here, on every token; the state after the token is looked up on error.
        stateOfLastToken = getState();
        contextOfLastToken = getContext();
        return super.consume();
    }

    /** Shared with the lexer and the AST builder's listener: whether the parse has failed. */
    FailureFlag failure() {
        return failure;
    }

    /** The grammar state right after the last consumed token, or {@code null} before the first. */
    ATNState stateAfterLastToken() {
        // The state a token is consumed in has a single transition, the one that matches it.
        return stateOfLastToken < 0 ? null : getATN().states.get(stateOfLastToken).transition(0).target;
    }

    /** The rule invocation the last consumed token belongs to. */
    ParserRuleContext contextOfLastToken() {
        return contextOfLastToken;
    }
}
