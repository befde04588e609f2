package org.nixj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nixj.parser.ParseError;
import org.nixj.parser.SourceParser;
import org.nixj.source.ErrorRenderer;
import org.nixj.source.Pos;
import org.nixj.source.Source;

/**
 * The exact text {@link ErrorRenderer} prints, as current Nix prints it ({@code printCodeLines} in
 * libutil/error.cc, lines found by {@code Pos::LinesIterator}): the message, {@code at file:line:col:}, the
 * line before, the error line, a caret under the column, and the line after; line numbers right-aligned in
 * five columns. Nix ends lines at {@code \n}, {@code \r\n} and a lone {@code \r} alike, and shows lines
 * without their line ending.
 */
class ErrorRendererTest {

    /** Expected output given as Java text, turned into the byte string the renderer returns. */
    static String bytes(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    static String renderAt(Source source, int offset, String message) {
        return ErrorRenderer.render(new ParseError(message, new Pos(source, offset)));
    }

    static Source expr(String text) {
        return Source.ofExpression(text, "/base");
    }

    @Test
    void singleLine() {
        assertEquals(bytes("""
                error: syntax error, unexpected end of file, expecting ';'
                       at «string»:1:10:
                            1| let a = 1
                             |          ^
                """), renderAt(expr("let a = 1"), 9, "syntax error, unexpected end of file, expecting ';'"));
    }

    @Test
    void lineBeforeAndAfter() {
        assertEquals(bytes("""
                error: boom
                       at «string»:2:3:
                            1| one
                            2| two
                             |   ^
                            3| three
                """), renderAt(expr("one\ntwo\nthree\nfour"), 6, "boom"));
    }

    @Test
    void firstLineHasNoLineBefore() {
        assertEquals(bytes("""
                error: boom
                       at «string»:1:1:
                            1| one
                             | ^
                            2| two
                """), renderAt(expr("one\ntwo\nthree"), 0, "boom"));
    }

    @Test
    void fileNamesItsPath() {
        Source file = Source.ofFile("/dir/f.nix", "x\ny".getBytes(StandardCharsets.UTF_8));
        assertEquals("""
                error: boom
                       at /dir/f.nix:2:1:
                            1| x
                            2| y
                             | ^
                """, renderAt(file, 2, "boom"));
    }

    @Test
    void stdinIsNamed() {
        Source stdin = Source.ofStdin("x".getBytes(StandardCharsets.UTF_8), "/");
        assertEquals(bytes("""
                error: boom
                       at «stdin»:1:2:
                            1| x
                             |  ^
                """), renderAt(stdin, 1, "boom"));
    }

    @Test
    void endOfFileAfterTrailingNewlineIsOnTheEmptyLastLine() {
        // "a\n" has two lines for Nix: "a" and "". The caret stands under column 1 of the empty line.
        assertEquals(bytes("""
                error: syntax error, unexpected end of file
                       at «string»:2:1:
                            1| let
                            2|
                             | ^
                """), render(expr("let\n")));
    }

    /** Current Nix moves an unexpected end of file to the end of the input (Nix 2.8 showed the last token). */
    @Test
    void endOfFileWithoutTrailingNewlineIsAfterTheLastByte() {
        assertEquals(bytes("""
                error: syntax error, unexpected end of file
                       at «string»:2:8:
                            1| \tlet a = 1;
                            2| \tin a +
                             |        ^
                """), render(expr("\tlet a = 1;\n\tin a +")));
    }

    @Test
    void tabsAreShownAsTheyAreAndCountAsOneColumn() {
        assertEquals(bytes("""
                error: syntax error, unexpected ')'
                       at «string»:1:4:
                            1| \t\t[)
                             |    ^
                """), render(expr("\t\t[)")));
    }

    @Test
    void lineNumbersAreRightAlignedInFiveColumns() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < 123456; i++) {
            text.append("\n");
        }
        text.append("x y ]");
        assertEquals(bytes("""
                error: syntax error, unexpected ']', expecting end of file
                       at «string»:123456:5:
                        123455|
                        123456| x y ]
                             |     ^
                """), render(expr(text.toString())));
    }

    @Test
    void crlfLinesAreShownWithoutTheCarriageReturn() {
        assertEquals(bytes("""
                error: syntax error, unexpected 'in', expecting ';'
                       at «string»:3:1:
                            2|   a = 1
                            3| in a
                             | ^
                            4|
                """), render(expr("let\r\n  a = 1\r\nin a\r\n")));
    }

    @Test
    void loneCarriageReturnEndsALine() {
        // Nix's lexer and Pos::LinesIterator both treat a lone CR as a line break.
        assertEquals(bytes("""
                error: syntax error, unexpected ')', expecting end of file
                       at «string»:2:4:
                            1| a
                            2| b c)
                             |    ^
                """), render(expr("a\rb c)")));
    }

    @Test
    void multiByteCharactersCountAsBytes() {
        // "é" is two bytes in UTF-8, so the ']' is at column 8, not 7.
        assertEquals(bytes("""
                error: syntax error, unexpected ']', expecting end of file
                       at «string»:1:8:
                            1| "é" x ]
                             |        ^
                """), render(expr("\"é\" x ]")));
    }

    @Test
    void errorWithoutPositionIsOneLine() {
        assertEquals("error: expression is nested too deeply to parse\n",
                ErrorRenderer.render(new ParseError("expression is nested too deeply to parse", null)));
    }

    static String render(Source source) {
        return ErrorRenderer.render(assertThrows(ParseError.class, () -> SourceParser.parse(source, "/home/u")));
    }
}
