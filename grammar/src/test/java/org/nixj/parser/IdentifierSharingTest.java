package org.nixj.parser;

import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.nixj.source.Source;
import org.nixj.syntax.Expr;

/**
 * A name that occurs many times in a file is held once by its AST: a 100 MB file of attribute sets otherwise
 * holds millions of copies of a few names (a large share of its parse's memory).
 */
class IdentifierSharingTest {
    @Test
    void repeatedNamesAreOneString() {
        Expr e = SourceParser.parse(Source.ofExpression("[ { name = 1; } { name = 2; } name ]", "/"), "/home");
        var elements = ((Expr.ListLiteral) e).elements();
        String first = ((Expr.AttrSet) elements.get(0)).bindings().get(0).name();
        String second = ((Expr.AttrSet) elements.get(1)).bindings().get(0).name();
        assertSame(first, second);
        assertSame(first, ((Expr.Var) elements.get(2)).name());
    }
}
