package org.nixj.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an error report of Nix 2.8 into the layout of current Nix without trace frames, which the eval
 * corpus's {@code .err.exp} files use:
 *
 * <pre>
 * error: MESSAGE (continuation lines indented by 7 spaces)
 *        at FILE:LINE:COLUMN:
 *            N-1| previous line
 *              N| error line
 *               |    ^
 *            N+1| next line
 *        Did you mean x?
 * </pre>
 *
 * 2.8 prints the same parts with blank lines between them and sometimes a final "(use '--show-trace' to
 * show detailed location information)"; the source lines are taken again from the file, as current Nix shows
 * them (the line after the last newline counts as an empty line), and trailing whitespace is removed from
 * every line as current Nix's error printer does.
 */
final class Nix28ErrorLayout {
    private static final String INDENT = "       ";
    private static final Pattern AT = Pattern.compile("\n\n       at (.*):(\\d+):(\\d+):\n");
    private static final Pattern SUGGESTION = Pattern.compile("\n       (Did you mean .*\\?)$");

    private Nix28ErrorLayout() {}

    /** The report in the corpus layout; {@code caseRoot} maps virtual paths back to files to show lines from. */
    static String convert(String stderr, Path caseRoot) {
        return convert(stderr, file -> Path.of(file.replace(EvalCase.VIRTUAL_ROOT, caseRoot.toString())));
    }

    /**
     * The report in the corpus layout; {@code realFile} gives the file on this machine a path in the report
     * names, to show its lines from.
     */
    static String convert(String stderr, java.util.function.Function<String, Path> realFile) {
        StringBuilder kept = new StringBuilder();
        for (String line : stderr.split("\n", -1)) {
            if (!line.startsWith("trace: ") && !line.startsWith("warning: ")) {
                kept.append(line).append('\n');
            }
        }
        String text = kept.toString()
                .replace("(use '--show-trace' to show detailed location information)\n", "")
                .replaceAll("\n+$", "");
        if (!text.startsWith("error: ")) {
            throw new IllegalStateException("not an error report: " + stderr);
        }
        Matcher at = AT.matcher(text);
        if (!at.find()) {
            return render(deindent(text.substring("error: ".length())), null, 0, 0, null, realFile);
        }
        String rest = text.substring(at.end());
        Matcher suggestion = SUGGESTION.matcher(rest);
        return render(deindent(text.substring("error: ".length(), at.start())), at.group(1),
                Integer.parseInt(at.group(2)), Integer.parseInt(at.group(3)),
                suggestion.find() ? suggestion.group(1) : null, realFile);
    }

    private static String deindent(String message) {
        return message.replace("\n" + INDENT, "\n");
    }

    static String render(String message, String file, int line, int column, String suggestion, Path caseRoot) {
        return render(message, file, line, column, suggestion,
                f -> Path.of(f.replace(EvalCase.VIRTUAL_ROOT, caseRoot.toString())));
    }

    static String render(String message, String file, int line, int column, String suggestion,
                         java.util.function.Function<String, Path> realFile) {
        StringBuilder out = new StringBuilder("error: ").append(message.replace("\n", "\n" + INDENT));
        if (file != null) {
            out.append('\n').append(INDENT).append("at ").append(file).append(':').append(line).append(':')
                    .append(column).append(':');
            Path real = realFile.apply(file);
            String source = Files.exists(real) ? EvalCase.read(real) : "";
            if (!source.isEmpty()) {
                List<String> lines = lines(source);
                if (line > 1) {
                    appendLine(out, line - 1, lines.get(line - 2));
                }
                appendLine(out, line, lines.get(line - 1));
                out.append('\n').append(INDENT).append("      |").append(" ".repeat(column)).append('^');
                if (line < lines.size()) {
                    appendLine(out, line + 1, lines.get(line));
                }
            }
            if (suggestion != null) {
                out.append('\n').append(INDENT).append(suggestion);
            }
        }
        StringBuilder chomped = new StringBuilder();
        for (String l : out.toString().split("\n", -1)) {
            chomped.append(l.replaceAll("[ \t\r]+$", "")).append('\n');
        }
        return chomped.toString();
    }

    private static void appendLine(StringBuilder out, int number, String text) {
        out.append('\n').append(INDENT).append(String.format(" %5d| ", number)).append(text);
    }

    /** Lines as Nix counts them: LF, CR LF and a lone CR end a line; the text after the last one is a line. */
    private static List<String> lines(String source) {
        return new ArrayList<>(List.of(source.split("\r\n|\n|\r", -1)));
    }
}
