package org.nixj.parser;

import java.util.ArrayList;
import java.util.List;
import org.nixj.source.Pos;
import org.nixj.syntax.Expr;

/**
 * Nix's indentation stripping for {@code ''...''} strings.
 *
 * <p>The smallest indentation of the lines that hold something other than spaces is removed from every
 * line; a final line of spaces only is dropped. Interpolations and escapes ({@code ''$}, {@code '''},
 * {@code ''\n}) count as content: they end a line's leading whitespace but carry none of their own.
 */
final class IndentedStrings {
    private IndentedStrings() {}

    /** One piece of an indented string: literal text, or an interpolated expression. */
    sealed interface Part {
        /** Text from the source; {@code raw} is false for escapes, whose spaces are not indentation. */
        record Text(Pos pos, String text, boolean raw) implements Part {}

        record Interpolation(Pos pos, Expr expr) implements Part {}
    }

    static Expr strip(Pos pos, List<Part> parts) {
        if (parts.isEmpty()) {
            return new Expr.Str(pos, "");
        }
        int minIndent = minimumIndentation(parts);
        List<Expr> stripped = new ArrayList<>();
        boolean atStartOfLine = true;
        int dropped = 0;
        for (int i = 0; i < parts.size(); i++) {
            switch (parts.get(i)) {
                case Part.Interpolation in -> {
                    atStartOfLine = false;
                    dropped = 0;
                    stripped.add(in.expr());
                }
                case Part.Text t -> {
                    StringBuilder kept = new StringBuilder();
                    String s = t.text();
                    for (int j = 0; j < s.length(); j++) {
                        char c = s.charAt(j);
                        if (atStartOfLine) {
                            if (c == ' ') {
                                if (dropped++ >= minIndent) {
                                    kept.append(c);
                                }
                            } else if (c == '\n') {
                                dropped = 0;
                                kept.append(c);
                            } else {
                                atStartOfLine = false;
                                dropped = 0;
                                kept.append(c);
                            }
                        } else {
                            kept.append(c);
                            if (c == '\n') {
                                atStartOfLine = true;
                            }
                        }
                    }
                    if (i == parts.size() - 1) {
                        dropTrailingBlankLine(kept);
                    }
                    if (!kept.isEmpty()) {
                        stripped.add(new Expr.Str(t.pos(), kept.toString()));
                    }
                }
            }
        }
        if (stripped.isEmpty()) {
            return new Expr.Str(pos, "");
        }
        if (stripped.size() == 1 && stripped.get(0) instanceof Expr.Str only) {
            return only;
        }
        return new Expr.ConcatStrings(pos, true, stripped);
    }

    private static int minimumIndentation(List<Part> parts) {
        boolean atStartOfLine = true;
        int minIndent = 1000000;
        int indent = 0;
        for (Part part : parts) {
            if (!(part instanceof Part.Text t) || !t.raw()) {
                if (atStartOfLine) {
                    atStartOfLine = false;
                    minIndent = Math.min(minIndent, indent);
                }
                continue;
            }
            String s = t.text();
            for (int j = 0; j < s.length(); j++) {
                char c = s.charAt(j);
                if (atStartOfLine) {
                    if (c == ' ') {
                        indent++;
                    } else if (c == '\n') {
                        indent = 0;
                    } else {
                        atStartOfLine = false;
                        minIndent = Math.min(minIndent, indent);
                    }
                } else if (c == '\n') {
                    atStartOfLine = true;
                    indent = 0;
                }
            }
        }
        return minIndent;
    }

    /** Drops the last line if it holds only spaces. */
    private static void dropTrailingBlankLine(StringBuilder s) {
        int newline = s.lastIndexOf("\n");
        if (newline < 0) {
            return;
        }
        for (int k = newline + 1; k < s.length(); k++) {
            if (s.charAt(k) != ' ') {
                return;
            }
        }
        s.setLength(newline + 1);
    }
}
