package org.nixj.eval.builtins;

import java.time.Duration;
import org.nixj.eval.EvalIO;
import org.nixj.eval.EvalSettings;
import org.nixj.eval.TestIO;
import org.nixj.eval.Evaluator;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.print.AmbiguousPrinter;
import org.nixj.eval.value.Value;
import org.nixj.source.Source;
import org.nixj.stack.LargeStack;
import org.nixj.testsupport.NixOracle;

/**
 * Evaluates an expression both with the real {@code nix-instantiate --eval --strict} (Nix 2.8 where
 * installed, through test-support's {@link NixOracle}) and with nixj in-process, each reduced to one comparable
 * line: the printed value, or {@code error: <message>}.
 */
final class NixInstantiate {
    private NixInstantiate() {}

    /** Nix's answer: the first line of its output, or of its error. Bytes as one char each. */
    static String nix(String expression) {
        return answer(oracle(expression).timeout(Duration.ofSeconds(120)).run());
    }

    /**
     * As {@link #nix(String)}, or null if Nix takes longer than {@code seconds} (libstdc++'s matcher is
     * exponential on some patterns).
     */
    static String nix(String expression, int seconds) {
        return oracle(expression).timeout(Duration.ofSeconds(seconds)).runWithinTimeout().map(NixInstantiate::answer).orElse(null);
    }

    /** {@code nix-instantiate --eval --strict} of the expression, which goes through a file (not the locale). */
    private static NixOracle.Invocation oracle(String expression) {
        return NixOracle.instantiate().eval().strict().expressionFile(expression).mergeStderr();
    }

    private static String answer(NixOracle.Output output) {
        return NixOracle.Output.firstLine(output.stdout());
    }

    /** nixj's answer, in the same form. */
    static String nixj(String expression) {
        return nixj(expression, EvalSettings.builder().build());
    }

    /** nixj's answer under {@code settings} (pure evaluation...), with the tests' own store. */
    static String nixj(String expression, EvalSettings settings) {
        return nixj(expression, settings, TestIO.isolated());
    }

    /** nixj's answer under {@code settings} (pure evaluation...) and {@code io} (a private store...). */
    static String nixj(String expression, EvalSettings settings, EvalIO io) {
        return LargeStack.call(() -> {
            Evaluator evaluator = Evaluator.builder().settings(settings).io(io).build();
            try {
                Value v = evaluator.evaluate(Source.ofExpression(expression, "/tmp"));
                evaluator.forceDeep(v);
                String printed = AmbiguousPrinter.print(v);
                int newline = printed.indexOf('\n');
                return newline < 0 ? printed : printed.substring(0, newline);
            } catch (EvalError e) {
                String message = e.getMessage();
                int newline = message.indexOf('\n');
                return "error: " + (newline < 0 ? message : message.substring(0, newline));
            }
        }, () -> new IllegalStateException("stack overflow"));
    }
}
