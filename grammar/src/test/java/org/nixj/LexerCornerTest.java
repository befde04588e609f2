package org.nixj;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nixj.parser.ParseError;
import org.nixj.parser.SourceParser;
import org.nixj.source.Source;
import org.nixj.syntax.ExprPrinter;

/**
 * Corners of Nix's lexer and of the desugaring around it, as a table: each expression (given on the command
 * line, base directory {@code /base}, home {@code /home/u}) and either what {@code nix-instantiate --parse}
 * prints for it or the error it reports ({@code error: message at line:col}). Expectations follow current
 * Nix; where Nix 2.8 differs it is noted.
 */
class LexerCornerTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                // URIs, identifiers with '-', paths and the operators they resemble.
                ok("x:x", "\"x:x\""),
                ok("a: a:b", "(a: \"a:b\")"),
                ok("http://a.b/c?d=e", "\"http://a.b/c?d=e\""),
                ok("a-1", "a-1"),
                ok("a-b", "a-b"),
                ok("a - b", "(__sub a b)"),
                ok("6/3", "/base/6/3"),
                ok("6 / 3", "(__div 6 3)"),
                ok("a//b", "(a // b)"),
                ok("./a${b}", "(/base/a + b)"),
                ok("./a/${b}c", "(/base/a/ + b + \"c\")"),
                ok("~/a", "/home/u/a"),
                ok("<a/b>", "(__findFile __nixPath \"a/b\")"),
                ok("./.", "/base"),
                ok("a/b/../c", "/base/a/c"),
                ok("/a/../b", "/b"),
                err("./a/", "path has a trailing slash", "1:1"),
                err("./a/ ", "path has a trailing slash", "1:5"),
                err("~", "syntax error, unexpected invalid token", "1:1"),
                // Dollars in strings; current Nix escapes '$' only where it starts "${" (2.8 escaped every '$').
                ok("''$''", "\"$\""),
                // Each piece of an indented string is its own token, so Nix itself makes a concatenation here.
                ok("''a$''", "(\"a\" + \"$\")"),
                ok("''$$''", "\"$$\""),
                ok("''''$''", "\"$\""),
                ok("''''${''", "(\"$\" + \"{\")"),
                ok("\"$$\"", "\"$$\""),
                ok("\"a$\"", "\"a$\""),
                ok("\"\\${\"", "\"\\${\""),
                ok("\"$\\{\"", "\"\\${\""),
                ok("\"$${\"", "\"$\\${\""),
                ok("\"\\q\"", "\"q\""),
                // Attribute names.
                // ${"c"} names c statically (current Nix since its issue 14642; 2.8 too); ${x} and "a${x}" do not.
                ok("{ ${\"c\"} = 1; }", "{ c = 1; }"),
                ok("x: { ${x} = 1; \"a${x}\" = 2; }", "(x: { \"${x}\" = 1; \"${(\"a\" + x)}\" = 2; })"),
                ok("{ \"a b\" = 1; }", "{ \"a b\" = 1; }"),
                ok("a.${\"b c\"}", "(a).\"b c\""),
                ok("{ x = 1; }.\"x\"", "({ x = 1; }).x"),
                ok("{ or = 1; }.or", "({ or = 1; }).or"),
                ok("{ a.or = 1; }", "{ a = { or = 1; }; }"),
                ok("x.or", "(x).or"),
                ok("x ? or", "((x) ? or)"),
                ok("{ inherit or; }", "{ inherit or; }"),
                // `or` as an argument: `f or` applies f to a variable named `or`.
                ok("f or", "(f or)"),
                ok("[ a or b ]", "[ ((a or)) (b) ]"),
                ok("a.b or c", "(a).b or (c)"),
                ok("x.y.z or 1", "(x).y.z or (1)"),
                err("let or = 1; in or", "syntax error, unexpected 'or'", "1:16"),
                // Numbers.
                ok("1.e2", "100"),
                ok("00.5", "(0 0.5)"),
                ok(".5", "0.5"),
                ok("01", "1"),
                ok("3.0", "3"),
                ok("1.5e-3", "0.0015"),
                ok("1e5", "(1 e5)"),
                ok("-1", "(__sub 0 1)"),
                err("9223372036854775808", "invalid integer '9223372036854775808'", "1:1"),
                ok("9223372036854775807", "9223372036854775807"),
                err("1.0e999", "invalid float '1.0e999'", "1:1"),
                // Special names.
                ok("__curPos", "__curPos"),
                ok("__sub", "__sub"),
                // Comments.
                ok("/** doc */ x: x", "(x: x)"),
                ok("{ /** doc */ f = x: x; }", "{ f = (x: x); }"),
                ok("/**/ 1", "1"),
                ok("/*a*/1/**b*/", "1"),
                ok("x./* c */y", "(x).y"),
                ok("1 # comment", "1"),
                err("/* unterminated", "syntax error, unexpected '/'", "1:1"),
                // Unterminated strings: the error is at the end of the input (Nix 2.8 put it at the last token).
                err("\"unterminated", "syntax error, unexpected end of file, expecting '\"'", "1:14"),
                err("''unterminated",
                        "syntax error, unexpected end of file, expecting indented string or '${' or end of an indented string",
                        "1:15"),
                err("\"a${x}", "syntax error, unexpected end of file, expecting '\"'", "1:7"),
                err("\"a${x}b", "syntax error, unexpected end of file, expecting '\"'", "1:8"),
                err("\"", "syntax error, unexpected end of file, expecting '\"'", "1:2"),
                err("\"${", "syntax error, unexpected end of file", "1:4"),
                // A NUL byte in a string token, raw or escaped, is refused where the token starts (current Nix;
                // 2.8 cut the string short at it).
                err("\"a\0b\"", NUL_MESSAGE.formatted("a\u2400b"), "1:2"),
                err("\"x${y}\\\0\"", NUL_MESSAGE.formatted("\u2400"), "1:7"),
                err("''a\0b''", NUL_MESSAGE.formatted("a\u2400b"), "1:3"),
                err("''a''\\\0''", NUL_MESSAGE.formatted("\u2400"), "1:4"));
    }

    private static final String NUL_MESSAGE =
            "input string '%s' cannot be represented as Nix string because it contains null bytes";

    static Arguments ok(String expression, String expectedPrint) {
        return Arguments.of(expression, expectedPrint);
    }

    static Arguments err(String expression, String message, String lineColumn) {
        return Arguments.of(expression, "error: " + message + " at " + lineColumn);
    }

    @ParameterizedTest(name = "{0}  ->  {1}")
    @MethodSource("cases")
    void parsesAsNixDoes(String expression, String expected) {
        assertEquals(expected, outcome(expression));
    }

    /** The canonical print, or {@code error: message at line:col}, as Java text. */
    static String outcome(String expression) {
        String result;
        try {
            result = ExprPrinter.print(SourceParser.parse(Source.ofExpression(expression, "/base"), "/home/u"));
        } catch (ParseError e) {
            result = "error: " + e.getMessage() + " at " + e.pos().line() + ":" + e.pos().column();
        }
        return new String(result.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
