package org.nixj.eval.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nixj.eval.ByteStrings;
import org.nixj.eval.EvalSettings;
import org.nixj.eval.Evaluator;
import org.nixj.eval.TestIO;
import org.nixj.eval.value.Value;
import org.nixj.source.Source;

/**
 * Where the printers of {@code nix eval}, the REPL and {@code nix-instantiate --eval} put {@code «repeated»}, as
 * current Nix's print.cc and print-ambiguous.cc do: a set is repeated wherever it is met again (Nix keys it
 * by its bindings), even when its first appearance was too deep to be shown; a list only when met again in
 * the same place (Nix keys it by its Value, and forcing another thunk to the same list copies it).
 */
class RepeatedPrintingTest {
    private final Evaluator nix = TestIO.evaluator(EvalSettings.builder().build());

    private String print(String expr, PrintOptions options) {
        Value v = nix.evaluate(Source.ofExpression(expr, "/dir"));
        return ByteStrings.toText(nix.print(v, options));
    }

    private String printAmbiguous(String expr) {
        Value v = nix.evaluate(Source.ofExpression(expr, "/dir"));
        nix.forceDeep(v);
        return ByteStrings.toText(AmbiguousPrinter.print(v));
    }

    @Test
    void theResultIsAPlaceOfItsOwn() {
        // Nix's lang test eval-okay-print: the list x is printed once inside the result, then repeated.
        String expr = "let x = [ x ]; in x";
        assertEquals("[ [ «repeated» ] ]", printAmbiguous(expr));
        assertEquals("[\n  [\n    «repeated»\n  ]\n]", print(expr, PrintOptions.NIX_EVAL));
    }

    @Test
    void aListReachedThroughAnotherThunkIsPrintedAgain() {
        String expr = "let a = [ 1 2 3 ]; in [ a a (builtins.head [ a ]) ]";
        assertEquals("[ [ 1 2 3 ] «repeated» [ 1 2 3 ] ]", printAmbiguous(expr));
    }

    @Test
    void aSetIsRepeatedWhereverItIsMetAgain() {
        String expr = "let s = { x = 1; }; in [ s (builtins.head [ s ]) ]";
        assertEquals("[ { x = 1; } «repeated» ]", printAmbiguous(expr));
    }

    @Test
    void aSetFirstMetTooDeepToShowIsRepeatedLater() {
        // The REPL shows one level: the first "a" is recorded while printed as { ... }.
        assertEquals("{\n  p = { ... };\n  q = «repeated»;\n}",
                print("let a = { x = 1; }; in { p = a; q = a; }", PrintOptions.REPL));
    }
}
