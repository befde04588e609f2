package org.nixj.eval.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.nixj.stack.LargeStack;

/**
 * Deeply nested inline tables: each closing brace used to walk every table inside it again, in time quadratic
 * in the depth (100,000 levels took minutes).
 */
class TomlDepthTest {
    @Test
    @Timeout(30)
    void nestedInlineTablesParseInLinearTime() {
        int depth = 100_000;
        String toml = "a = " + "{ b = ".repeat(depth) + "1" + " }".repeat(depth);
        int found = LargeStack.call(() -> {
            TomlParser.Table t = (TomlParser.Table) TomlParser.parse(toml).entries().get("a");
            int levels = 1;
            while (t.entries().get("b") instanceof TomlParser.Table inner) {
                t = inner;
                levels++;
            }
            return levels;
        }, () -> new IllegalStateException("stack overflow"));
        assertEquals(depth, found);
    }

    @Test
    void aDottedKeyCannotAddToAClosedInlineTableAtAnyDepth() {
        assertEquals("error: while parsing TOML: line 2, column 1: 'a' is already defined and is not a table",
                Eval.strict("builtins.fromTOML \"a = { b = { c = { d = 1 } } }\\n[a.b.c]\""));
    }
}
