package org.nixj.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nixj.source.ByteStrings;
import org.nixj.source.ErrorRenderer;
import org.nixj.source.Source;

/** The checks of {@link ParseOptions}: the pipe operators' feature and the literal lints, as current Nix makes them. */
class ParseOptionsTest {
    private static final ParseOptions PIPES = new ParseOptions(true, LintLevel.IGNORE, LintLevel.IGNORE, LintLevel.IGNORE);

    private static List<String> warnings(String code, ParseOptions options) {
        List<String> out = new ArrayList<>();
        SourceParser.parse(Source.ofExpression(code, "/base"), "/home/u", options, w -> out.add(ErrorRenderer.renderWarning(w)));
        return out;
    }

    private static ParseError error(String code, ParseOptions options) {
        return assertThrows(ParseError.class, () -> SourceParser.parse(Source.ofExpression(code, "/base"), "/home/u", options, w -> {}));
    }

    @Test
    void pipeOperatorsNeedTheFeature() {
        ParseError e = error("f (1 |> g) <| 2", ParseOptions.DEFAULTS);
        assertTrue(e.getMessage().startsWith("experimental Nix feature 'pipe-operators' is disabled"), e.getMessage());
        assertEquals(5, e.pos().offset(), "the first operator in the source");
        assertEquals(List.of(), warnings("1 |> g", PIPES));
        assertEquals(List.of(), warnings("\"a |> b\"", ParseOptions.DEFAULTS), "inside a string it is no operator");
    }

    @Test
    void aPipeBeforeASyntaxErrorIsReportedFirst() {
        assertTrue(error("1 |> f )", ParseOptions.DEFAULTS).getMessage().contains("pipe-operators"));
        assertTrue(error(") 1 |> f", ParseOptions.DEFAULTS).getMessage().startsWith("syntax error"));
    }

    @Test
    void shortPathsWarnOrFail() {
        ParseOptions warn = new ParseOptions(false, LintLevel.IGNORE, LintLevel.WARN, LintLevel.IGNORE);
        assertEquals(List.of("warning: relative path literal 'a/b' should be prefixed with '.' for clarity: './a/b'"
                + " (lint-short-path-literals)\n         at " + ByteStrings.utf8("«string»") + ":1:3:\n              1| [ a/b ./c ../d /e ]\n"
                + "               |   ^\n"), warnings("[ a/b ./c ../d /e ]", warn));
        ParseOptions fatal = new ParseOptions(false, LintLevel.IGNORE, LintLevel.FATAL, LintLevel.IGNORE);
        assertTrue(error("x: x/${\"y\"}", fatal).getMessage().startsWith("relative path literal 'x/'"));
    }

    @Test
    void absoluteAndHomePaths() {
        ParseOptions fatal = new ParseOptions(false, LintLevel.IGNORE, LintLevel.IGNORE, LintLevel.FATAL);
        assertEquals("absolute path literals are not portable. Consider replacing path literal '/tmp/x' by a string,"
                + " relative path, or parameter (lint-absolute-path-literals)", error("/tmp/x", fatal).getMessage());
        assertEquals("home path literals are not portable. Consider replacing path literal '~/x' by a string,"
                + " relative path, or parameter (lint-absolute-path-literals)", error("~/x", fatal).getMessage());
    }

    @Test
    void urlLiteralsAreDiscouragedOrDisallowed() {
        ParseOptions warn = new ParseOptions(false, LintLevel.WARN, LintLevel.IGNORE, LintLevel.IGNORE);
        assertTrue(warnings("http://a.org/b", warn).getFirst().startsWith("warning: URL literals are discouraged."
                + " Consider using a string literal \"http://a.org/b\" instead (lint-url-literals)"));
        ParseOptions fatal = new ParseOptions(false, LintLevel.FATAL, LintLevel.IGNORE, LintLevel.IGNORE);
        assertTrue(error("http://a.org/b", fatal).getMessage().startsWith("URL literals are disallowed."));
        assertEquals(List.of(), warnings("\"http://a.org/b\"", warn));
    }

    @Test
    void levelsParseFromTheirWords() {
        assertEquals(LintLevel.WARN, LintLevel.parse("warn"));
        assertEquals(null, LintLevel.parse("loud"));
    }
}
