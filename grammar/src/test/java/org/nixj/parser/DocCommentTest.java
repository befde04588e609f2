package org.nixj.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.nixj.source.Source;
import org.nixj.syntax.Binding;
import org.nixj.syntax.Expr;

/** Doc comments ({@code /** ... *}{@code /}) are kept on the functions they precede, for the REPL's :doc. */
class DocCommentTest {
    private static Expr parse(String code) {
        return SourceParser.parse(Source.ofExpression(code, "/"), "/home");
    }

    private static Expr.Lambda binding(Expr set, String name) {
        return (Expr.Lambda) ((Expr.AttrSet) set).bindings().stream()
                .filter(b -> b.name().equals(name)).map(Binding::value).findFirst().orElseThrow();
    }

    @Test
    void aCommentBeforeALambdaDocumentsIt() {
        Expr.Lambda f = (Expr.Lambda) parse("/** Adds one. */ x: x + 1");
        assertEquals("/** Adds one. */", f.doc());
    }

    @Test
    void aCommentBeforeABindingDocumentsTheFunctionItDefines() {
        Expr set = parse("""
                {
                  /** Increments. */
                  inc = x: x + 1;
                  # not a doc comment
                  dec = x: x - 1;
                  /* neither */
                  id = x: x;
                }""");
        assertEquals("/** Increments. */", binding(set, "inc").doc());
        assertNull(binding(set, "dec").doc());
        assertNull(binding(set, "id").doc());
    }

    @Test
    void ordinaryCommentsBetweenDocAndFunctionDoNotDetachIt() {
        Expr.Lambda f = (Expr.Lambda) parse("/** Doc. */ # remark\n /* more */ { a }: a");
        assertEquals("/** Doc. */", f.doc());
    }

    @Test
    void emptyBlockCommentIsNotADocComment() {
        assertNull(((Expr.Lambda) parse("/**/ x: x")).doc());
    }
}
