package org.nixj.eval.resolve;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.nixj.eval.error.UndefinedVariableError;
import org.nixj.parser.SourceParser;
import org.nixj.source.Source;
import org.nixj.syntax.Expr;

class ScopeCheckTest {
    private static Expr parse(String code) {
        return SourceParser.parse(Source.ofExpression(code, "/"), "/home");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "x: x",
        "{ a, b ? a }: b",
        "args@{ a }: args",
        "let a = 1; b = a; in b",
        "rec { a = 1; b = a; }",
        "with {}; anything",
        "x: with x; y",
        "let x = {}; in let inherit (x) y; in y",
        "rec { inherit (s) a; s = {}; }",
        "map toString [ true false null builtins __add __sub ]",
        "<nixpkgs>",
        "1 - 2 < 3",
        "__curPos",
        "{ ${\"a\"} = 1; }.a",
    })
    void boundVariablesPass(String code) {
        assertDoesNotThrow(() -> ScopeCheck.check(parse(code)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "y                                | y | 1",
        "x: y                             | y | 4",
        "rec { a = 1; } // { b = a; }     | a | 25",
        "let inherit a; in 1              | a | 13",
        "let inherit b; in b              | b | 13",
        "{ a = 1; b = a; }                | a | 14",
        "f or                             | f | 1",
        "x: x or                          | or | 4",
        "{ a ? b }: a                     | b | 7",
    })
    void unboundVariablesAreReportedWhereTheyAre(String code, String name, int column) {
        UndefinedVariableError e = assertThrows(UndefinedVariableError.class, () -> ScopeCheck.check(parse(code)));
        assertEquals("undefined variable '" + name + "'", e.getMessage());
        assertEquals(column, e.pos().column());
    }

    @Test
    void theBaseEnvironmentIsCurrentNixs() {
        assertTrue(BaseEnvironment.names().containsAll(java.util.List.of(
                "builtins", "true", "false", "null", "import", "map", "derivation", "__convertHash", "break")));
        assertTrue(!BaseEnvironment.names().contains("fetchMercurial"), "gated in current Nix");
    }
}
