package org.nixj.parser;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.PredictionContext;
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
        throw syntaxError((PositionTrackingParser) recognizer, e.getOffendingToken(), e);
    }

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        throw syntaxError((PositionTrackingParser) recognizer, e.getOffendingToken(), e);
    }

    @Override
    public Token recoverInline(Parser recognizer) {
        throw syntaxError((PositionTrackingParser) recognizer, recognizer.getCurrentToken());
    }

    /** No resynchronisation: the first error ends the parse, as in Nix. */
    @Override
    public void sync(Parser recognizer) {}

    private ParseError syntaxError(PositionTrackingParser parser, Token offending) {
        return syntaxError(parser, offending, null);
    }

    private ParseError syntaxError(PositionTrackingParser parser, Token offending, RecognitionException e) {
        parser.failure().raise();
        String message = "syntax error, unexpected " + TokenNames.describe(offending.getType());
        IntervalSet expected;
        if (offending.getTokenIndex() == parser.getInputStream().index()) {
            expected = expectedAfter(parser.getATN(), parser.stateAfterLastToken(), parser.contextOfLastToken());
        } else if (e instanceof NoViableAltException noViable && noViable.getDeadEndConfigs() != null) {
            // Prediction failed several tokens ahead, where bison's state holds the items of every reading of
            // those tokens that survived: take the tokens their configurations expect.
            expected = expectedFromConfigs(parser.getATN(), noViable.getDeadEndConfigs(), (ParserRuleContext) noViable.getCtx());
        } else {
            expected = new IntervalSet();
        }
        if (expected.contains(NixParser.STRING_CLOSE)) {
            // Inside "...", bison reduces the parts read so far by default: only the closing quote remains.
            expected = IntervalSet.of(NixParser.STRING_CLOSE);
        }
        return new ParseError(message + TokenNames.expecting(expected), errorPos(source, offending));
    }

    /** Nix reports an unexpected end of file at the very end of the input. */
    static Pos errorPos(Source source, Token token) {
        int offset = token.getType() == Token.EOF ? source.text().length() : token.getStartIndex();
        return new Pos(source, offset);
    }

    /**
     * The tokens bison's parser state expects after the last consumed token. Walking out of rules that can
     * end there mirrors bison's default reductions: a rule's own continuations (say, another {@code .} of an
     * attribute path) stay expected only while the enclosing rule cannot end at that point either.
     */
    private static IntervalSet expectedAfter(ATN atn, ATNState state, RuleContext context) {
        if (state == null) {
            return atn.nextTokens(atn.ruleToStartState[NixParser.RULE_file]);
        }
        IntervalSet next = atn.nextTokens(state);
        return next.contains(Token.EPSILON) ? walkOut(atn, without(next, Token.EPSILON), context) : next;
    }

    /** The rule of {@code context} can end: continue in its caller, keeping its own continuations. */
    private static IntervalSet walkOut(ATN atn, IntervalSet continuations, RuleContext context) {
        RuleContext ctx = context;
        while (ctx != null && ctx.invokingState >= 0) {
            ATNState follow = ((RuleTransition) atn.states.get(ctx.invokingState).transition(0)).followState;
            IntervalSet parentNext = atn.nextTokens(follow);
            if (!parentNext.contains(Token.EPSILON)) {
                return continuations.or(parentNext);
            }
            continuations = without(parentNext, Token.EPSILON);
            ctx = ctx.parent;
        }
        return continuations;
    }

    private static IntervalSet expectedFromConfigs(ATN atn, ATNConfigSet configs, ParserRuleContext outer) {
        boolean attributeSetSurvives = false;
        for (ATNConfig c : configs) {
            attributeSetSurvives |= !isFormalSet(outer, c.alt);
        }
        IntervalSet expected = new IntervalSet();
        for (ATNConfig c : configs) {
            if (!(attributeSetSurvives && isFormalSet(outer, c.alt))) {
                expected.addAll(expectedAfter(atn, c.state, c.context, outer));
            }
        }
        return expected;
    }

    /**
     * Whether a prediction alternative reads {@code {...}} as a function's formals. When <code>{ a</code> could
     * still begin either formals or an attribute set, bison's default reduction reads it as an attribute.
     */
    private static boolean isFormalSet(ParserRuleContext decision, int alt) {
        return decision.getRuleIndex() == NixParser.RULE_exprFunction && (alt == 2 || alt == 3);
    }

    /** The same walk for a prediction configuration, whose return stack leads back to {@code outer}. */
    private static IntervalSet expectedAfter(ATN atn, ATNState state, PredictionContext stack, ParserRuleContext outer) {
        IntervalSet next = atn.nextTokens(state);
        if (!next.contains(Token.EPSILON)) {
            return next;
        }
        IntervalSet continuations = without(next, Token.EPSILON);
        if (stack == null || stack.isEmpty()) {
            return walkOut(atn, continuations, outer);
        }
        IntervalSet result = new IntervalSet();
        for (int i = 0; i < stack.size(); i++) {
            int returnState = stack.getReturnState(i);
            if (returnState == PredictionContext.EMPTY_RETURN_STATE) {
                result.addAll(walkOut(atn, continuations, outer));
                continue;
            }
            ATNState follow = atn.states.get(returnState);
            IntervalSet parentNext = atn.nextTokens(follow);
            if (parentNext.contains(Token.EPSILON)) {
                result.addAll(expectedAfter(atn, follow, stack.getParent(i), outer));
            } else {
                result.addAll(continuations);
                result.addAll(parentNext);
            }
        }
        return result;
    }

    private static IntervalSet without(IntervalSet set, int type) {
        IntervalSet copy = new IntervalSet(set);
        copy.remove(type);
        return copy;
    }

    /** A nonassociative operator ({@code ==}, {@code <}, ...) used twice in a row. */
    static ParseError unexpected(Source source, Token operator) {
        return new ParseError("syntax error, unexpected " + TokenNames.describe(operator.getType()),
                errorPos(source, operator));
    }
}
