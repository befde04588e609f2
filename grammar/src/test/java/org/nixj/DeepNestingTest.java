package org.nixj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nixj.parser.ParseError;
import org.nixj.parser.SourceParser;
import org.nixj.source.Source;
import org.nixj.stack.LargeStack;
import org.nixj.syntax.Expr;
import org.nixj.syntax.ExprPrinter;

/**
 * Deeply nested code (100,000 levels of parentheses, lists, attribute sets, lambdas, {@code let}s, and a
 * left-deep sum of 100,000 terms) parses without a stack overflow and prints back in canonical form; the same
 * code cut off before its closers ends in a clean "unexpected end of file" syntax error at the end of the
 * input.
 */
class DeepNestingTest {
    static final int N = 100_000;

    static Expr parse(String text) {
        return SourceParser.parse(Source.ofExpression(text, "/base"), "/home/u");
    }

    /** The printer recurses as deep as the AST, so it runs on a large stack too. */
    static String print(Expr e) {
        return LargeStack.call(() -> ExprPrinter.print(e),
                () -> new IllegalStateException("printer overflowed the large stack"));
    }

    static void assertParsesAndPrints(String text, String expectedPrint) {
        Expr e = parse(text);
        assertEquals(expectedPrint, print(e));
    }

    static void assertEndOfFileError(String text) {
        ParseError error = assertThrows(ParseError.class, () -> parse(text));
        assertTrue(error.getMessage().startsWith("syntax error, unexpected end of file"), error.getMessage());
        assertEquals(text.length(), error.pos().offset());
    }

    @Test
    void parentheses() {
        assertParsesAndPrints("(".repeat(N) + "1" + ")".repeat(N), "1");
    }

    @Test
    void parenthesesCutOff() {
        assertEndOfFileError("(".repeat(N) + "1" + ")".repeat(N - 1));
    }

    @Test
    void lists() {
        assertParsesAndPrints("[".repeat(N) + "]".repeat(N), "[ (".repeat(N - 1) + "[ ]" + ") ]".repeat(N - 1));
    }

    @Test
    void listsCutOff() {
        assertEndOfFileError("[".repeat(N) + "]".repeat(N - 1));
    }

    @Test
    void attributeSets() {
        assertParsesAndPrints("{a=".repeat(N) + "1" + ";}".repeat(N), "{ a = ".repeat(N) + "1" + "; }".repeat(N));
    }

    @Test
    void attributeSetsCutOff() {
        assertEndOfFileError("{a=".repeat(N) + "1" + ";}".repeat(N - 1));
        assertEndOfFileError("{a=".repeat(N) + "1");
    }

    @Test
    void lambdas() {
        assertParsesAndPrints("x: ".repeat(N) + "1", "(x: ".repeat(N) + "1" + ")".repeat(N));
    }

    @Test
    void lambdasCutOff() {
        assertEndOfFileError("x: ".repeat(N));
    }

    @Test
    void leftDeepSum() {
        String expected = "(".repeat(N - 1) + "1" + " + 1)".repeat(N - 1);
        assertParsesAndPrints("1" + " + 1".repeat(N - 1), expected);
    }

    @Test
    void leftDeepSumCutOff() {
        assertEndOfFileError("1" + " + 1".repeat(N - 1) + " +");
    }

    @Test
    void lets() {
        assertParsesAndPrints("let a = 1; in ".repeat(N) + "a", "(let a = 1; in ".repeat(N) + "a" + ")".repeat(N));
    }

    @Test
    void letsCutOff() {
        assertEndOfFileError("let a = 1; in ".repeat(N));
    }
}
