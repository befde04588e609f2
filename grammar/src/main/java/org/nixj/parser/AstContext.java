package org.nixj.parser;

import java.util.ArrayList;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

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

    /**
     * Most nodes have one to three children, and ANTLR's list would start with room for ten: starting small
     * saves a fair share of what parsing allocates.
     */
    @Override
    public <T extends ParseTree> T addAnyChild(T child) {
        if (children == null) {
            children = new ArrayList<>(4);
        }
        return super.addAnyChild(child);
    }
}
