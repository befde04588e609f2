package org.nixj.eval.code;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nixj.eval.Evaluator;
import org.nixj.eval.TestIO;
import org.nixj.eval.error.UndefinedVariableError;
import org.nixj.parser.SourceParser;
import org.nixj.source.Source;
import org.nixj.syntax.Expr;

/** The compiler's scope resolution: what is bound where, and the undefined variables Nix reports. */
class VariableResolutionTest {
    private static final Evaluator EVALUATOR = Evaluator.builder().io(TestIO.isolated().withHomeDirectory("/home")).build();

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
        assertDoesNotThrow(() -> EVALUATOR.checkVariables(parse(code)));
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
        UndefinedVariableError e = assertThrows(UndefinedVariableError.class, () -> EVALUATOR.checkVariables(parse(code)));
        assertEquals("undefined variable '" + name + "'", e.getMessage());
        assertEquals(column, e.pos().column());
    }

    /** The global names of impure evaluation are exactly current Nix's, kept in base-environment.txt. */
    @Test
    void theBaseEnvironmentIsCurrentNixs() throws IOException {
        Set<String> expected;
        try (InputStream in = getClass().getResourceAsStream("/org/nixj/eval/base-environment.txt")) {
            expected = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(expected, new TreeSet<>(EVALUATOR.globalNames()));
    }
}
