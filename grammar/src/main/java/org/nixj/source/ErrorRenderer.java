package org.nixj.source;

import java.util.List;

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
 * has no lines to show). Every line after the first is indented to align with the message. With the trace
 * shown, its frames come first, outermost first, each as {@code … message} with its position, and the
 * message follows as {@code error: message} on a line of its own.
 *
 * <p>Current Nix also shows the outermost few frames without {@code --show-trace}; nixj shows a frame
 * only when the error itself has no position, and then the innermost one, which locates it best.
 */
public final class ErrorRenderer {
    private static final String ELLIPSIS = ByteStrings.utf8("…");
    private static final String PREFIX = "error: ";
    private static final String WARNING_PREFIX = "warning: ";

    private ErrorRenderer() {}

    /** The report without the trace, as a byte string ending in a newline. */
    public static String render(NixError error) {
        return render(error, false);
    }

    /**
     * The whole report as a byte string ending in a newline. With {@code showTrace} every frame of the trace
     * is shown; without, only an error that has no position of its own (one raised inside a builtin, say)
     * shows its innermost frame that has one, so the report always says where.
     */
    public static String render(NixError error, boolean showTrace) {
        return render(error, showTrace, PREFIX);
    }

    /**
     * A warning that has the shape of an error (a message at a position, such as a lint of a literal), as Nix
     * logs one: {@code warning: } first, the position and code lines under it. A byte string ending in a newline.
     */
    public static String renderWarning(NixError warning) {
        return render(warning, false, WARNING_PREFIX);
    }

    private static String render(NixError error, boolean showTrace, String prefix) {
        StringBuilder body = new StringBuilder();
        List<NixError.Trace> frames = showTrace ? error.traces() : locatingFrame(error);
        if (!frames.isEmpty()) {
            for (int i = frames.size() - 1; i >= 0; i--) {
                NixError.Trace trace = frames.get(i);
                body.append('\n').append(ELLIPSIS).append(' ').append(trace.message()).append('\n');
                if (trace.pos() != null) {
                    appendPosition(body, "  ", trace.pos());
                }
            }
            body.append('\n').append(PREFIX);
        }
        body.append(error.getMessage()).append('\n');
        if (error.pos() != null) {
            appendPosition(body, "", error.pos());
        }
        List<String> suggestions = error.suggestions();
        if (!suggestions.isEmpty()) {
            body.append("Did you mean ").append(describe(suggestions)).append("?\n");
        }
        return indent(prefix, chomp(body.toString())) + "\n";
    }

    /** For an error without a position: its innermost frame that has one, if any. */
    private static List<NixError.Trace> locatingFrame(NixError error) {
        if (error.pos() == null) {
            for (NixError.Trace trace : error.traces()) {
                if (trace.pos() != null) {
                    return List.of(trace);
                }
            }
        }
        return List.of();
    }

    private static String describe(List<String> suggestions) {
        if (suggestions.size() == 1) {
            return suggestions.get(0);
        }
        StringBuilder out = new StringBuilder("one of ").append(suggestions.get(0));
        for (int i = 1; i < suggestions.size(); i++) {
            out.append(i == suggestions.size() - 1 ? " or " : ", ").append(suggestions.get(i));
        }
        return out.toString();
    }

    /** {@code at file:line:col:} and the code lines around the position, each line ending in a newline. */
    private static void appendPosition(StringBuilder out, String indent, Pos pos) {
        out.append(indent).append("at ").append(pos).append(":\n");
        Source source = pos.source();
        if (source.text().isEmpty()) {
            return;
        }
        int line = pos.line();
        if (line > 1) {
            appendLine(out, indent, line - 1, source.line(line - 1));
        }
        appendLine(out, indent, line, source.line(line));
        out.append(indent).append("      |").append(" ".repeat(pos.column())).append("^\n");
        if (line < source.lineCount()) {
            appendLine(out, indent, line + 1, source.line(line + 1));
        }
    }

    private static void appendLine(StringBuilder out, String indent, int number, String text) {
        out.append(indent).append(String.format(" %5d| ", number)).append(text).append('\n');
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t' || s.charAt(end - 1) == '\r')) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String chomp(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') {
            end--;
        }
        return s.substring(0, end);
    }

    /** Nix's {@code indent}: the first line gets {@code prefix}, the others as many spaces (none if blank). */
    private static String indent(String prefix, String text) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            // Like Nix, no line keeps trailing whitespace (an empty code line prints as "  2|").
            String line = stripTrailing(lines[i]);
            if (i == 0) {
                line = stripTrailing(prefix + line);
            } else if (!line.isEmpty()) {
                line = " ".repeat(prefix.length()) + line;
            }
            out.append(line);
        }
        return out.toString();
    }
}
