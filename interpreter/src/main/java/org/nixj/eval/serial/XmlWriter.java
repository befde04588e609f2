package org.nixj.eval.serial;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import org.nixj.eval.Equality;
import org.nixj.eval.Interpreter;
import org.nixj.eval.code.LambdaCode;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.Closure;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixFloat;
import org.nixj.eval.value.NixFunction;
import org.nixj.eval.value.NixInt;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.NixNull;
import org.nixj.eval.value.NixPath;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.StringContext;
import org.nixj.eval.value.Thunk;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;
import org.nixj.source.Source;
import org.nixj.syntax.NixLiterals;

/**
 * Nix's {@code printValueAsXML}, used by {@code toXML} and {@code nix-instantiate --eval --xml}: an
 * {@code <expr>} document indented by two spaces per level, one element per value ({@code <int value="1" />},
 * {@code <attrs>} of {@code <attr name="...">}, {@code <list>}, {@code <function>} with {@code <varpat>} or
 * {@code <attrspat>}, {@code <derivation drvPath=... outPath=...>} shown once per {@code .drv}), XML
 * attributes in name order, {@code " < > &} and newline escaped in attribute values. Builtins and, when not
 * strict, values not evaluated yet are {@code <unevaluated />}.
 *
 * <p>With locations, attributes and functions carry {@code column}, {@code line} and, for code read from a
 * file, {@code path}; current Nix leaves {@code path} out for {@code -E} expressions and standard input
 * (Nix 2.8 printed the expression text there).
 */
public final class XmlWriter {
    private final Interpreter interpreter;
    private final boolean strict;
    private final boolean location;
    private final StringContext.Accumulator context;
    private final StringBuilder out = new StringBuilder();
    private final Set<String> derivationsSeen = new HashSet<>();
    private final int maxDepth;
    private int depth;

    private XmlWriter(Interpreter interpreter, boolean strict, boolean location, StringContext.Accumulator context) {
        this.interpreter = interpreter;
        this.strict = strict;
        this.location = location;
        this.context = context;
        this.maxDepth = interpreter.settings().maxCallDepth();
    }

    /** {@code value} as an XML document (a byte string ending in a newline). */
    public static String write(Interpreter interpreter, Lazy value, Pos pos, boolean strict, boolean location,
                               StringContext.Accumulator context) {
        XmlWriter w = new XmlWriter(interpreter, strict, location, context);
        w.out.append("<?xml version='1.0' encoding='utf-8'?>\n<expr>\n");
        w.value(value, pos, 1);
        w.out.append("</expr>\n");
        return w.out.toString();
    }

    private void value(Lazy lazy, Pos pos, int level) {
        if (++depth > maxDepth) {
            throw new EvalError(ErrorKind.STACK_OVERFLOW, "stack overflow; max-call-depth exceeded", pos);
        }
        try {
            Value v = strict ? Interpreter.force(lazy, pos) : known(lazy);
            switch (v) {
                case null -> empty(level, "unevaluated", null);
                case NixInt i -> empty(level, "int", attrs("value", Long.toString(i.value())));
                case NixBool b -> empty(level, "bool", attrs("value", b.value() ? "true" : "false"));
                case NixString s -> {
                    context.add(s.context());
                    empty(level, "string", attrs("value", s.value()));
                }
                case NixPath p -> empty(level, "path", attrs("value", p.path()));
                case NixNull n -> empty(level, "null", null);
                case NixFloat f -> empty(level, "float", attrs("value", NixLiterals.formatFloat(f.value())));
                case NixAttrs a -> attrSet(a, pos, level);
                case NixList l -> {
                    open(level, "list", null);
                    for (int i = 0; i < l.size(); i++) {
                        value(l.get(i), pos, level + 1);
                    }
                    close(level, "list");
                }
                case NixFunction f -> function(f, level);
            }
        } finally {
            depth--;
        }
    }

    /** The value if known, else {@code null} (a thunk not forced yet). */
    private static Value known(Lazy lazy) {
        return lazy instanceof Thunk t ? t.valueIfForced() : (Value) lazy;
    }

    private void attrSet(NixAttrs a, Pos pos, int level) {
        if (!Equality.isDerivation(a, pos)) {
            open(level, "attrs", null);
            showAttrs(a, level + 1);
            close(level, "attrs");
            return;
        }
        TreeMap<String, String> xmlAttrs = new TreeMap<>();
        String drvPath = stringAttr(a, "drvPath");
        if (drvPath != null) {
            xmlAttrs.put("drvPath", drvPath);
        }
        String outPath = stringAttr(a, "outPath");
        if (outPath != null) {
            xmlAttrs.put("outPath", outPath);
        }
        open(level, "derivation", xmlAttrs);
        if (drvPath != null && !drvPath.isEmpty() && derivationsSeen.add(drvPath)) {
            showAttrs(a, level + 1);
        } else {
            empty(level + 1, "repeated", null);
        }
        close(level, "derivation");
    }

    /** A derivation's {@code drvPath} or {@code outPath}, when it is (or, strictly, evaluates to) a string. */
    private String stringAttr(NixAttrs a, String name) {
        int i = a.indexOf(name);
        if (i < 0) {
            return null;
        }
        Value v = strict ? Interpreter.force(a.value(i), a.pos(i)) : known(a.value(i));
        return v instanceof NixString s ? s.value() : null;
    }

    private void showAttrs(NixAttrs a, int level) {
        for (int i = 0; i < a.size(); i++) {
            TreeMap<String, String> xmlAttrs = attrs("name", a.name(i));
            if (location && a.pos(i) != null) {
                position(xmlAttrs, a.pos(i));
            }
            open(level, "attr", xmlAttrs);
            value(a.value(i), a.pos(i), level + 1);
            close(level, "attr");
        }
    }

    private void function(NixFunction f, int level) {
        if (!(f instanceof Closure c)) {
            empty(level, "unevaluated", null);
            return;
        }
        LambdaCode lambda = c.lambda();
        TreeMap<String, String> xmlAttrs = new TreeMap<>();
        if (location && lambda.pos() != null) {
            position(xmlAttrs, lambda.pos());
        }
        open(level, "function", xmlAttrs);
        String arg = lambda.argName();
        if (lambda.hasFormals()) {
            TreeMap<String, String> pattern = new TreeMap<>();
            if (arg != null) {
                pattern.put("name", arg);
            }
            if (lambda.ellipsis()) {
                pattern.put("ellipsis", "1");
            }
            open(level + 1, "attrspat", pattern);
            for (String formal : lambda.formalNames()) {
                empty(level + 2, "attr", attrs("name", formal));
            }
            close(level + 1, "attrspat");
        } else {
            empty(level + 1, "varpat", attrs("name", arg));
        }
        close(level, "function");
    }

    private static void position(TreeMap<String, String> xmlAttrs, Pos pos) {
        if (pos.source().origin() instanceof Source.Origin.File) {
            xmlAttrs.put("path", pos.source().displayName());
        }
        xmlAttrs.put("line", Integer.toString(pos.line()));
        xmlAttrs.put("column", Integer.toString(pos.column()));
    }

    // ---- the XML writer --------------------------------------------------------------------------------------

    private static TreeMap<String, String> attrs(String name, String value) {
        TreeMap<String, String> m = new TreeMap<>();
        m.put(name, value);
        return m;
    }

    private void open(int level, String name, TreeMap<String, String> xmlAttrs) {
        out.append("  ".repeat(level)).append('<').append(name);
        writeAttrs(xmlAttrs);
        out.append(">\n");
    }

    private void close(int level, String name) {
        out.append("  ".repeat(level)).append("</").append(name).append(">\n");
    }

    private void empty(int level, String name, TreeMap<String, String> xmlAttrs) {
        out.append("  ".repeat(level)).append('<').append(name);
        writeAttrs(xmlAttrs);
        out.append(" />\n");
    }

    private void writeAttrs(TreeMap<String, String> xmlAttrs) {
        if (xmlAttrs == null) {
            return;
        }
        xmlAttrs.forEach((k, v) -> {
            out.append(' ');
            escape(k);
            out.append("=\"");
            escape(v);
            out.append('"');
        });
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("&quot;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\n' -> out.append("&#xA;");
                default -> out.append(c);
            }
        }
    }
}
