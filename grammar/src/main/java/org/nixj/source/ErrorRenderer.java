package org.nixj.source;

/**
 * Prints an error the way current Nix prints it:
 *
 * <pre>
 * error: syntax error, unexpected end of file, expecting ';'
 *        at «string»:1:10:
 *             1| let a = 1
 *              |          ^
 * </pre>
 *
 * The line before the error line and the line after it are shown too, when they exist (an empty source
 * has no lines to show). Every line after the first is indented to align with the message.
 */
public final class ErrorRenderer {
    private static final String PREFIX = "error: ";
    private static final String INDENT = " ".repeat(PREFIX.length());

    private ErrorRenderer() {}

    /** The whole report, as a byte string, ending in a newline. */
    public static String render(NixError error) {
        StringBuilder out = new StringBuilder(PREFIX).append(error.getMessage());
        Pos pos = error.pos();
        if (pos != null) {
            out.append('\n').append(INDENT).append("at ").append(pos).append(':');
            if (!pos.source().text().isEmpty()) {
                appendCodeLines(out, pos);
            }
        }
        return out.append('\n').toString();
    }

    private static void appendCodeLines(StringBuilder out, Pos pos) {
        Source source = pos.source();
        int line = pos.line();
        if (line > 1) {
            appendLine(out, line - 1, source.line(line - 1));
        }
        appendLine(out, line, source.line(line));
        out.append('\n').append(INDENT).append("      |").append(" ".repeat(pos.column())).append('^');
        if (line < source.lineCount()) {
            appendLine(out, line + 1, source.line(line + 1));
        }
    }

    private static void appendLine(StringBuilder out, int number, String text) {
        out.append('\n').append(INDENT).append(String.format(" %5d| ", number)).append(text);
    }
}
