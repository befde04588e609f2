package org.nixj.syntax;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints an expression in the canonical, fully parenthesised form of {@code nix-instantiate --parse}, byte
 * for byte as current Nix prints it. Attributes are sorted by name; inherited names come first, grouped.
 */
public final class ExprPrinter {
    private final StringBuilder out = new StringBuilder();

    private ExprPrinter() {}

    /** The canonical form of {@code expr}, as a byte string. */
    public static String print(Expr expr) {
        ExprPrinter printer = new ExprPrinter();
        printer.expr(expr);
        return printer.out.toString();
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.Int i -> out.append(i.value());
            case Expr.Float f -> out.append(NixLiterals.formatFloat(f.value()));
            case Expr.Str s -> NixLiterals.appendString(out, s.value());
            case Expr.Path p -> out.append(p.value());
            case Expr.Var v -> NixLiterals.appendIdentifier(out, v.name());
            case Expr.CurPos c -> out.append("__curPos");
            case Expr.Select s -> select(s);
            case Expr.HasAttr h -> {
                out.append("((");
                expr(h.target());
                out.append(") ? ");
                attrPath(h.path());
                out.append(')');
            }
            case Expr.AttrSet a -> {
                if (a.recursive()) {
                    out.append("rec ");
                }
                out.append("{ ");
                bindings(a);
                out.append('}');
            }
            case Expr.ListLiteral l -> {
                out.append("[ ");
                for (Expr element : l.elements()) {
                    out.append('(');
                    expr(element);
                    out.append(") ");
                }
                out.append(']');
            }
            case Expr.Lambda l -> lambda(l);
            case Expr.Call c -> {
                out.append('(');
                expr(c.function());
                for (Expr arg : c.args()) {
                    out.append(' ');
                    expr(arg);
                }
                out.append(')');
            }
            case Expr.Let l -> {
                out.append("(let ");
                bindings(l.bindings());
                out.append("in ");
                expr(l.body());
                out.append(')');
            }
            case Expr.With w -> {
                out.append("(with ");
                expr(w.scope());
                out.append("; ");
                expr(w.body());
                out.append(')');
            }
            case Expr.If i -> {
                out.append("(if ");
                expr(i.condition());
                out.append(" then ");
                expr(i.consequent());
                out.append(" else ");
                expr(i.alternative());
                out.append(')');
            }
            case Expr.Assert a -> {
                out.append("assert ");
                expr(a.condition());
                out.append("; ");
                expr(a.body());
            }
            case Expr.Not n -> {
                out.append("(! ");
                expr(n.operand());
                out.append(')');
            }
            case Expr.BinaryOp b -> {
                out.append('(');
                expr(b.left());
                out.append(' ').append(b.operator().symbol()).append(' ');
                expr(b.right());
                out.append(')');
            }
            case Expr.ConcatStrings c -> {
                out.append('(');
                for (int i = 0; i < c.parts().size(); i++) {
                    if (i > 0) {
                        out.append(" + ");
                    }
                    expr(c.parts().get(i));
                }
                out.append(')');
            }
            // Nix's parser puts these only under the Select of an `inherit (e) x;`, printed by bindings().
            case Expr.InheritFrom i -> throw new IllegalArgumentException("inherit-from node outside its attribute set");
        }
    }

    private void select(Expr.Select s) {
        out.append('(');
        expr(s.target());
        out.append(").");
        attrPath(s.path());
        if (s.orDefault() != null) {
            out.append(" or (");
            expr(s.orDefault());
            out.append(')');
        }
    }

    private void attrPath(List<AttrName> path) {
        for (int i = 0; i < path.size(); i++) {
            if (i > 0) {
                out.append('.');
            }
            switch (path.get(i)) {
                case AttrName.Static s -> NixLiterals.appendIdentifier(out, s.name());
                case AttrName.Dynamic d -> {
                    out.append("\"${");
                    expr(d.expr());
                    out.append("}\"");
                }
            }
        }
    }

    private void bindings(Expr.AttrSet set) {
        List<Binding> sorted = new ArrayList<>(set.bindings());
        sorted.sort(Comparator.comparing(Binding::name));
        List<String> inherited = new ArrayList<>();
        Map<Integer, List<String>> inheritedFrom = new TreeMap<>();
        for (Binding b : sorted) {
            switch (b.kind()) {
                case PLAIN -> {}
                case INHERITED -> inherited.add(b.name());
                case INHERITED_FROM -> {
                    int source = ((Expr.InheritFrom) ((Expr.Select) b.value()).target()).index();
                    inheritedFrom.computeIfAbsent(source, k -> new ArrayList<>()).add(b.name());
                }
            }
        }
        if (!inherited.isEmpty()) {
            out.append("inherit");
            names(inherited);
            out.append("; ");
        }
        for (Map.Entry<Integer, List<String>> from : inheritedFrom.entrySet()) {
            out.append("inherit (");
            expr(set.inheritSources().get(from.getKey()));
            out.append(')');
            names(from.getValue());
            out.append("; ");
        }
        for (Binding b : sorted) {
            if (b.kind() == Binding.Kind.PLAIN) {
                NixLiterals.appendIdentifier(out, b.name());
                out.append(" = ");
                expr(b.value());
                out.append("; ");
            }
        }
        for (DynamicBinding d : set.dynamicBindings()) {
            out.append("\"${");
            expr(d.name());
            out.append("}\" = ");
            expr(d.value());
            out.append("; ");
        }
    }

    private void names(List<String> names) {
        for (String name : names) {
            out.append(' ');
            NixLiterals.appendIdentifier(out, name);
        }
    }

    private void lambda(Expr.Lambda l) {
        out.append('(');
        if (l.formals() != null) {
            out.append("{ ");
            List<Formal> sorted = new ArrayList<>(l.formals().formals());
            sorted.sort(Comparator.comparing(Formal::name));
            boolean first = true;
            for (Formal f : sorted) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                NixLiterals.appendIdentifier(out, f.name());
                if (f.defaultValue() != null) {
                    out.append(" ? ");
                    expr(f.defaultValue());
                }
            }
            if (l.formals().ellipsis()) {
                if (!first) {
                    out.append(", ");
                }
                out.append("...");
            }
            out.append(" }");
            if (l.arg() != null) {
                out.append(" @ ");
            }
        }
        if (l.arg() != null) {
            NixLiterals.appendIdentifier(out, l.arg());
        }
        out.append(": ");
        expr(l.body());
        out.append(')');
    }
}
