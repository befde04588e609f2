package org.nixj.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.nixj.source.Source;
import org.nixj.syntax.Expr;

/**
 * Inputs whose tokens sit in one long run of path and URI-scheme characters ({@code a.a.a…}): each token used to scan
 * the rest of the run again, in time quadratic in its length (200,000 selectors took a minute).
 */
class LongInputTest {
    @Test
    @Timeout(20)
    void longRunsOfSelectorsParseInLinearTime() {
        String code = "let a = {}; in a" + ".a".repeat(200_000) + " or 1";
        long before = SourceParser.fastPathParses();
        Expr e = SourceParser.parse(Source.ofExpression(code, "/"), "/home");
        assertTrue(SourceParser.fastPathParses() > before);
        Expr.Select select = (Expr.Select) ((Expr.Let) e).body();
        assertEquals(200_000, select.path().size());
    }
}
