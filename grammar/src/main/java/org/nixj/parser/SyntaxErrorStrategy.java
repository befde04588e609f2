package org.nixj.parser;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.nixj.grammar.antlr.NixParser;
import org.nixj.source.Pos;
import org.nixj.source.Source;

/**
 * Stops at the first syntax error and words it as Nix's bison parser does:
 * {@code syntax error, unexpected X, expecting A or B}.
 *
 * <p>The expected tokens are those of the LR state where bison notices the error. Bison reduces by default
 * whenever a rule could end, so it notices an error in the innermost construct that cannot end yet: after
 * {@code let a = 1} followed by {@code in}, that is the binding, which expects only {@code ';'}. We find the
 * same point by walking from the grammar position after the last consumed token out through every rule that
 * could end there. When more than four tokens would be listed, Nix lists none.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
    private final Source source;

    SyntaxErrorStrategy(Source source) {
        this.source = source;
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        throw syntaxError((PositionTrackingParser) recognizer, e.getOffendingToken());
    }

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        throw syntaxError((PositionTrackingParser) recognizer, e.getOffendingToken());
    }

    @Override
    public Token recoverInline(Parser recognizer) {
        throw syntaxError((PositionTrackingParser) recognizer, recognizer.getCurrentToken());
    }

    /** No resynchronisation: the first error ends the parse, as in Nix. */
    @Override
    public void sync(Parser recognizer) {}

    private ParseError syntaxError(PositionTrackingParser parser, Token offending) {
        String message = "syntax error, unexpected " + TokenNames.describe(offending.getType());
        // Prediction may fail several tokens ahead of the parser; bison would have stopped earlier with a
        // state we cannot reconstruct, so only the unexpected token is named then.
        if (offending.getTokenIndex() == parser.getInputStream().index()) {
            message += TokenNames.expecting(expectedTokens(parser));
        }
        return new ParseError(message, errorPos(source, offending));
    }

    /** Nix reports an unexpected end of file at the very end of the input. */
    static Pos errorPos(Source source, Token token) {
        int offset = token.getType() == Token.EOF ? source.text().length() : token.getStartIndex();
        return new Pos(source, offset);
    }

    private static IntervalSet expectedTokens(PositionTrackingParser parser) {
        ATN atn = parser.getATN();
        ATNState state = parser.stateAfterLastToken();
        RuleContext context = parser.contextOfLastToken();
        if (state == null) {
            state = atn.ruleToStartState[NixParser.RULE_file];
            context = null;
        }
        while (true) {
            IntervalSet next = atn.nextTokens(state);
            if (!next.contains(Token.EPSILON) || context == null || context.invokingState < 0) {
                IntervalSet result = new IntervalSet(next);
                result.remove(Token.EPSILON);
                return result;
            }
            // The rule can end here: bison would reduce it and carry on in the rule that invoked it.
            RuleTransition call = (RuleTransition) atn.states.get(context.invokingState).transition(0);
            state = call.followState;
            context = context.parent;
        }
    }

    /** A nonassociative operator ({@code ==}, {@code <}, ...) used twice in a row. */
    static ParseError unexpected(Source source, Token operator) {
        return new ParseError("syntax error, unexpected " + TokenNames.describe(operator.getType()),
                errorPos(source, operator));
    }
}
