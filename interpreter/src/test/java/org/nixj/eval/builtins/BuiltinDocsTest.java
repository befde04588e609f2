package org.nixj.eval.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nixj.eval.EvalSettings;
import org.nixj.eval.Evaluator;
import org.nixj.eval.TestIO;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.PrimOp;
import org.nixj.eval.value.Value;
import org.nixj.source.Source;

/** Every builtin is documented, with one parameter name per argument; extension groups add theirs. */
class BuiltinDocsTest {
    private static NixAttrs builtinsOf(Evaluator evaluator) {
        return (NixAttrs) evaluator.force(evaluator.evaluate(Source.ofExpression("builtins", "/")));
    }

    @Test
    void everyBuiltinIsDocumentedWithItsArity() {
        Evaluator evaluator = TestIO.evaluator(EvalSettings.builder().build());
        NixAttrs builtins = builtinsOf(evaluator);
        for (int i = 0; i < builtins.size(); i++) {
            String name = builtins.name(i);
            BuiltinDoc doc = evaluator.documentation(name).orElseThrow(() -> new AssertionError("undocumented: " + name));
            Value value = evaluator.force(builtins.value(i));
            int arity = value instanceof PrimOp p ? p.arity() : name.equals("derivation") ? 1 : 0;
            assertEquals(arity, doc.parameters().size(), () -> "parameters of " + name + ": " + doc.synopsis());
            assertTrue(!doc.text().isBlank(), () -> "empty documentation: " + name);
        }
    }

    @Test
    void theDocumentationHasNoEntryForABuiltinThatDoesNotExist() {
        NixAttrs impure = builtinsOf(TestIO.evaluator(EvalSettings.builder().build()));
        TreeSet<String> names = new TreeSet<>();
        for (int i = 0; i < impure.size(); i++) {
            names.add(impure.name(i));
        }
        assertEquals(names, new TreeSet<>(BuiltinDocs.CORE.entries().keySet()));
    }

    @Test
    void aBuiltinValueFindsItsDocumentationEvenPartlyApplied() {
        Evaluator evaluator = TestIO.evaluator(EvalSettings.builder().build());
        Value map = evaluator.force(evaluator.evaluate(Source.ofExpression("map (x: x)", "/")));
        assertEquals("map f list", evaluator.documentation(map).orElseThrow().synopsis());
    }

    /** A group as flakes will add one: its builtin replaces nixj's placeholder and brings its documentation. */
    @Test
    void aBuiltinGroupAddsBuiltinsWithTheirDocumentation() {
        BuiltinGroup flakes = new BuiltinGroup() {
            @Override
            public void register(BuiltinTable table) {
                table.function("getFlake", 1, a -> a.value(0));
            }

            @Override
            public BuiltinDocs documentation() {
                return BuiltinDocs.of(Map.of("getFlake", new BuiltinDoc("getFlake", List.of("ref"), "Gives its argument.")));
            }
        };
        Evaluator evaluator = Evaluator.builder().io(TestIO.isolated()).builtins(flakes).build();
        Value v = evaluator.force(evaluator.evaluate(Source.ofExpression("builtins.getFlake 42", "/")));
        assertEquals("42", evaluator.printAmbiguous(v));
        assertEquals("Gives its argument.", evaluator.documentation("getFlake").orElseThrow().text());
    }

    @Test
    void parsesHeadingsAndText() {
        Map<String, BuiltinDoc> docs = BuiltinDocs.parse("# a x y\n\nFirst.\n\n    a 1 2   # => 3\n\n# b\nSecond.\n");
        assertEquals(List.of("a", "b"), List.copyOf(docs.keySet()));
        assertEquals("a x y", docs.get("a").synopsis());
        assertEquals("First.\n\n    a 1 2   # => 3", docs.get("a").text());
        assertEquals("Second.", docs.get("b").text());
    }
}
