package org.nixj.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.error.UndefinedVariableError;
import org.nixj.eval.value.Closure;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixInt;
import org.nixj.eval.value.Thunk;
import org.nixj.eval.value.Value;
import org.nixj.parser.ParseError;
import org.nixj.source.Source;

/**
 * The parts of the evaluator's API a REPL needs: evaluating in a scope of variables, lazily bound
 * expressions, interrupting an evaluation from another thread, reading files anew, and what a function says
 * about itself (name, position, documentation comment).
 */
class ReplApiTest {
    @TempDir
    Path dir;

    private final Evaluator nix = TestIO.evaluator(EvalSettings.builder().build());

    private static Source expr(String text) {
        return Source.ofExpression(text, "/");
    }

    private static NixAttrs scope(String name, Lazy value) {
        return NixAttrs.builder(1).put(name.intern(), value).build();
    }

    @Test
    void aScopesVariablesAreSeenAndShadowGlobals() {
        NixAttrs scope = NixAttrs.builder(2).put("x", NixInt.of(2)).put("true", NixInt.of(5)).build();
        assertEquals(NixInt.of(7), nix.evaluate(expr("x + true"), scope));
        // Inner bindings still beat the scope.
        assertEquals(NixInt.of(1), nix.evaluate(expr("let x = 1; in x"), scope));
    }

    @Test
    void anUnboundVariableIsAnErrorBeforeAnythingRuns() {
        UndefinedVariableError e = assertThrows(UndefinedVariableError.class, () -> nix.evaluate(expr("y"), scope("x", NixInt.of(1))));
        assertEquals("undefined variable 'y'", e.getMessage());
    }

    @Test
    void evaluatingLazilyChecksNowAndEvaluatesWhenForced() {
        Lazy pending = nix.evaluateLazily(expr("throw \"later\""), NixAttrs.EMPTY);
        assertInstanceOf(Thunk.class, pending);
        EvalError e = assertThrows(EvalError.class, () -> nix.force(pending));
        assertEquals("later", e.getMessage());
        assertThrows(UndefinedVariableError.class, () -> nix.evaluateLazily(expr("unbound + 1"), NixAttrs.EMPTY));
        assertThrows(ParseError.class, () -> nix.evaluateLazily(expr("1 +"), NixAttrs.EMPTY));
        assertEquals(NixInt.of(3), nix.force(nix.evaluateLazily(expr("x + 1"), scope("x", NixInt.of(2)))));
    }

    @Test
    void anInterruptFromAnotherThreadStopsTheRunningEvaluation() throws InterruptedException {
        AtomicBoolean done = new AtomicBoolean();
        // Asks again and again until the evaluation has ended, so that a busy machine cannot make it miss.
        Thread interrupter = new Thread(() -> {
            while (!done.get()) {
                nix.interrupt();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        interrupter.start();
        EvalError e;
        try {
            e = assertThrows(EvalError.class, () -> nix.evaluate(expr(
                    "builtins.foldl' (a: b: a + builtins.length (builtins.filter (x: true) (builtins.genList (x: x) 1000))) 0"
                            + " (builtins.genList (x: x) 1000000)")));
        } finally {
            done.set(true);
            interrupter.join();
        }
        assertEquals(ErrorKind.INTERRUPTED, e.kind());
        assertEquals("interrupted by the user", e.getMessage());
    }

    @Test
    void anInterruptIsUsedUpByTheErrorItCauses() {
        nix.interrupt();
        EvalError e = assertThrows(EvalError.class, () -> nix.evaluate(expr("(x: x + 1) 1")));
        assertEquals(ErrorKind.INTERRUPTED, e.kind());
        assertEquals(NixInt.of(2), nix.evaluate(expr("(x: x + 1) 1")));
    }

    @Test
    void aLateInterruptCanBeCleared() {
        nix.interrupt();
        nix.clearInterrupt();
        assertEquals(NixInt.of(2), nix.evaluate(expr("(x: x + 1) 1")));
    }

    @Test
    void forgettingImportsReadsFilesAgain() throws IOException {
        Path file = dir.resolve("n.nix");
        Files.writeString(file, "1");
        Source importIt = Source.ofExpression("import " + file, "/");
        assertEquals(NixInt.of(1), nix.evaluate(importIt));
        Files.writeString(file, "2");
        assertEquals(NixInt.of(1), nix.evaluate(importIt));
        nix.forgetImports();
        assertEquals(NixInt.of(2), nix.evaluate(importIt));
    }

    @Test
    void functionsKnowTheirNamePositionAndDocComment() {
        Value set = nix.evaluate(expr("{\n  /** Adds one. */\n  inc = x: x + 1;\n  plain = y: y;\n}"));
        Closure inc = (Closure) nix.force(((NixAttrs) set).get("inc"));
        assertEquals("inc", inc.name());
        assertEquals("«string»:3:9", inc.pos().toString().replace("\u00c2\u00ab", "«").replace("\u00c2\u00bb", "»"));
        assertEquals("/** Adds one. */", inc.docComment());
        Closure plain = (Closure) nix.force(((NixAttrs) set).get("plain"));
        assertNull(plain.docComment());
        Closure anonymous = (Closure) nix.evaluate(expr("x: x"));
        assertNull(anonymous.name());
        assertFalse(anonymous.pos().toString().isEmpty());
        assertTrue(anonymous.pos().line() == 1 && anonymous.pos().column() == 1);
    }
}
