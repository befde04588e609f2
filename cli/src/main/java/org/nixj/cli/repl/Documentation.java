package org.nixj.cli.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nixj.eval.ByteStrings;
import org.nixj.eval.builtins.BuiltinDoc;
import org.nixj.eval.value.Closure;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/**
 * {@code :doc EXPR}: the documentation of a builtin (nixj's own text), of a Nix function (its RFC 145
 * {@code /** ... *}{@code /} comment, found by the parser), of a functor (its {@code __functor}'s), or else of
 * the attribute the expression selects (the comment before its definition). The Markdown is shown as it is
 * written.
 */
final class Documentation {
    private static final String ELLIPSIS = "\u2026";

    private final ReplSession session;

    Documentation(ReplSession session) {
        this.session = session;
    }

    /** The documentation of what {@code arg} evaluates to, as text. */
    String describe(String arg) {
        Optional<ReplSession.SelectedAttribute> attribute = session.selectedAttribute(arg);
        Value v = session.evaluate(arg);
        Optional<String> doc = ofValue(v);
        if (doc.isPresent()) {
            return doc.get();
        }
        if (attribute.isPresent() && attribute.get().pos() != null) {
            ReplSession.SelectedAttribute a = attribute.get();
            StringBuilder text = new StringBuilder("Attribute `").append(ByteStrings.toText(a.name())).append("`\n\n  ")
                    .append(ELLIPSIS).append(" defined at ").append(ByteStrings.toText(a.pos().toString())).append("\n\n");
            text.append(commentBefore(a.pos()).map(Documentation::innerText).orElse("No documentation found."));
            return text.toString().strip();
        }
        throw new ReplError("value does not have documentation");
    }

    private Optional<String> ofValue(Value v) {
        Optional<BuiltinDoc> builtin = session.evaluator().documentation(v);
        if (builtin.isPresent()) {
            BuiltinDoc b = builtin.get();
            StringBuilder text = new StringBuilder();
            if (!b.parameters().isEmpty()) {
                text.append("Synopsis: builtins.").append(b.name());
                b.parameters().forEach(p -> text.append(" *").append(p).append('*'));
                text.append("\n\n");
            }
            return Optional.of(text.append(stripIndentation(b.text())).toString().strip());
        }
        if (v instanceof Closure c) {
            StringBuilder text = new StringBuilder("Function");
            if (c.name() != null) {
                text.append(" `").append(ByteStrings.toText(c.name())).append('`');
            }
            text.append("\n  ").append(ELLIPSIS).append(" defined at ").append(ByteStrings.toText(c.pos().toString()));
            if (c.docComment() != null) {
                text.append("\n\n").append(innerText(c.docComment()));
            }
            return Optional.of(text.toString().strip());
        }
        if (v instanceof NixAttrs attrs) {
            Lazy functor = attrs.get("__functor");
            if (functor != null && session.evaluator().force(functor) instanceof Closure f) {
                return ofValue(f);
            }
        }
        return Optional.empty();
    }

    /** The {@code /** ... *}{@code /} comment that ends just before {@code pos} (only whitespace between), if any. */
    static Optional<String> commentBefore(Pos pos) {
        String text = pos.source().text();
        int end = pos.offset();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end < 2 || !text.startsWith("*/", end - 2)) {
            return Optional.empty();
        }
        int start = text.lastIndexOf("/*", end - 3);
        // "/**/" is an empty plain comment, not a doc comment.
        if (start < 0 || !text.startsWith("/**", start) || end - start < 5) {
            return Optional.empty();
        }
        return Optional.of(text.substring(start, end));
    }

    /** A doc comment without its {@code /**} and {@code *}{@code /}, its common indentation removed (as text). */
    static String innerText(String comment) {
        String inner = comment.substring(3, comment.length() - 2);
        return stripIndentation(ByteStrings.toText(inner));
    }

    /**
     * {@code text} without the indentation its lines share (blank lines and the first line, which follows
     * the opening, do not count) and without blank lines around it.
     */
    static String stripIndentation(String text) {
        String[] lines = text.split("\n", -1);
        int common = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                common = Math.min(common, lines[i].length() - lines[i].stripLeading().length());
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == 0) {
                out.add(line.strip());
            } else {
                out.add(line.isBlank() ? "" : line.substring(Math.min(common, line.length())).stripTrailing());
            }
        }
        return String.join("\n", out).strip();
    }
}
