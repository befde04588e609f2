package org.nixj.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nixj.source.Source;
import org.nixj.syntax.Expr;

/**
 * {@link SourceParser} parses valid input with the fast front end, and hands anything the fast front end gives
 * up on to ANTLR, whose errors are the ones reported.
 */
class FastPathFallbackTest {
    private static Source source(String code) {
        return Source.ofExpression(code, "/");
    }

    @Test
    void validInputTakesTheFastPath() {
        Source source = source("let /** Adds one. */ f = x: x + 1; in f 2");
        long before = SourceParser.fastPathParses();
        Expr e = SourceParser.parse(source, "/home");
        assertTrue(SourceParser.fastPathParses() > before);
        assertEquals(SourceParser.parseWithAntlr(source, "/home"), e);
    }

    @Test
    void syntaxErrorsAreAntlrs() {
        assertSameError("{ a = 1; b = ; }", "syntax error, unexpected ';'");
        assertSameError("a == b == c", "syntax error, unexpected '=='");
        assertSameError("\"abc", "syntax error, unexpected end of file");
    }

    @Test
    void errorsFromGrammarActionsAreAntlrs() {
        assertSameError("{ a = 1; a = 2; }", "attribute 'a' already defined at");
        assertSameError("{ a, a }: a", "duplicate formal function argument 'a'");
        assertSameError("9223372036854775808", "invalid integer '9223372036854775808'");
        assertSameError("./a/", "path has a trailing slash");
    }

    private static void assertSameError(String code, String messageStart) {
        Source source = source(code);
        long bailsBefore = SourceParser.fastPathBails();
        ParseError error = assertThrows(ParseError.class, () -> SourceParser.parse(source, "/home"));
        assertTrue(SourceParser.fastPathBails() > bailsBefore, "the fast front end should give up on " + code);
        assertTrue(error.getMessage().startsWith(messageStart), error.getMessage());
        ParseError antlr = assertThrows(ParseError.class, () -> SourceParser.parseWithAntlr(source, "/home"));
        assertEquals(antlr.getMessage(), error.getMessage());
        assertEquals(antlr.pos(), error.pos());
    }
}
