package org.nixj.eval.serial;

import org.nixj.eval.EvalSettings;
import org.nixj.eval.Evaluator;
import org.nixj.eval.TestIO;
import org.nixj.eval.print.AmbiguousPrinter;
import org.nixj.eval.value.Value;
import org.nixj.source.NixError;
import org.nixj.source.Source;

/** Evaluates expressions in-process and prints them as {@code nix-instantiate --eval --strict} would. */
final class Eval {
    private Eval() {}

    static Evaluator evaluator() {
        return TestIO.evaluator(EvalSettings.builder().build());
    }

    /** The printed value, or {@code error: <message>} (the first line of the error). */
    static String strict(String expression) {
        Evaluator e = evaluator();
        try {
            Value v = e.evaluate(Source.ofExpression(expression, "/tmp"));
            e.forceDeep(v);
            return AmbiguousPrinter.print(v);
        } catch (NixError err) {
            return "error: " + err.getMessage();
        }
    }
}
