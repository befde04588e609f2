package org.nixj.eval.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nixj.eval.EvalSettings;
import org.nixj.eval.Evaluator;
import org.nixj.eval.TestIO;
import org.nixj.eval.value.Value;
import org.nixj.source.Source;

/** The REPL's printing: one level deep, and Nix's ANSI colours when asked for. */
class ColoredPrintingTest {
    private static final String CYAN = "\033[36;1m";
    private static final String MAGENTA = "\033[35;1m";
    private static final String GREEN = "\033[32;1m";
    private static final String BLUE = "\033[34;1m";
    private static final String NORMAL = "\033[0m";

    private final Evaluator nix = TestIO.evaluator(EvalSettings.builder().build());

    private String print(String expr, PrintOptions options) {
        Value v = nix.evaluate(Source.ofExpression(expr, "/dir"));
        return nix.print(v, options);
    }

    @Test
    void theReplPrintsOneLevelDeep() {
        assertEquals("{\n  a = 1;\n  b = { ... };\n  c = [ ... ];\n}", print("{ a = 1; b.x = 2; c = [ 3 ]; }", PrintOptions.REPL));
        assertEquals("{\n  b = {\n    x = [ 2 ];\n  };\n}", print("{ b.x = [ 2 ]; }", PrintOptions.REPL.withMaxDepth(Integer.MAX_VALUE)));
    }

    @Test
    void eachKindOfValueHasNixsColour() {
        PrintOptions colored = PrintOptions.REPL.withAnsiColors(true);
        assertEquals(CYAN + "1" + NORMAL, print("1", colored));
        assertEquals(CYAN + "true" + NORMAL, print("true", colored));
        assertEquals(CYAN + "null" + NORMAL, print("null", colored));
        assertEquals(MAGENTA + "\"s\"" + NORMAL, print("\"s\"", colored));
        assertEquals(GREEN + "/dir/p" + NORMAL, print("./p", colored));
        assertEquals(BLUE + "\u00c2\u00abprimop map\u00c2\u00bb" + NORMAL, print("map", colored));
        assertEquals("[ " + CYAN + "1" + NORMAL + " ]", print("[ 1 ]", colored));
    }

    @Test
    void noColoursUnlessAsked() {
        assertEquals("\"s\"", print("\"s\"", PrintOptions.REPL));
    }
}
