package org.nixj.parser;

import org.antlr.v4.runtime.ParserRuleContext;

/**
 * The base of every parse-tree node: it holds the AST value built for the node when its rule completed
 * (an {@link org.nixj.syntax.Expr}, an attribute path, a binding set in progress, ...). Once the value is
 * built the node's own children are dropped, so a parse never holds more of its tree than the rules still
 * in progress.
 */
public class AstContext extends ParserRuleContext {
    /** The node's AST value; set by {@link AstBuilder} when the rule exits. */
    Object value;

    public AstContext() {}

    public AstContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }
}
