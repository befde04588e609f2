package org.nixj.eval.serial;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.nixj.eval.code.LambdaCode;
import org.nixj.parser.SourceParser;
import org.nixj.source.Pos;
import org.nixj.source.Source;
import org.nixj.syntax.Expr;

/**
 * The argument name of a function ({@code x} in {@code x: ...}, {@code args} in {@code args@{ ... }: ...} or
 * {@code { ... }@args: ...}), which {@code toXML} prints but {@link LambdaCode} does not keep. A name written
 * first is read straight from the source at the function's position; for a function starting with its
 * pattern, the source is parsed again and the function found by position. (Should {@link LambdaCode} one day
 * keep the name, this class can go.)
 */
final class LambdaArgs {
    private final Map<Source, Expr> parsed = new HashMap<>();

    /** The argument name, or {@code null} for a pattern without one. */
    String argName(LambdaCode lambda) {
        Pos pos = lambda.pos();
        String text = pos.source().text();
        int start = pos.offset();
        int end = start;
        while (end < text.length() && identifierChar(text.charAt(end), end == start)) {
            end++;
        }
        if (end > start) {
            return text.substring(start, end);
        }
        Expr root = parsed.computeIfAbsent(pos.source(), s -> SourceParser.parse(s, "/"));
        Expr.Lambda found = find(root, start);
        return found == null ? null : found.arg();
    }

    private static boolean identifierChar(char c, boolean first) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
                || !first && (c >= '0' && c <= '9' || c == '\'' || c == '-');
    }

    /** The function at {@code offset}, searching every record the syntax tree is made of. */
    private static Expr.Lambda find(Object node, int offset) {
        if (node instanceof Expr.Lambda l && l.pos().offset() == offset) {
            return l;
        }
        if (node instanceof Collection<?> items) {
            for (Object item : items) {
                Expr.Lambda l = find(item, offset);
                if (l != null) {
                    return l;
                }
            }
        } else if (node instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                if (c.getType() == String.class || c.getType() == Pos.class || c.getType().isPrimitive()) {
                    continue;
                }
                try {
                    Expr.Lambda l = find(c.getAccessor().invoke(r), offset);
                    if (l != null) {
                        return l;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }
}
