package org.nixj;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nixj.source.Pos;
import org.nixj.source.Source;
import org.nixj.syntax.AttrName;
import org.nixj.syntax.Binding;
import org.nixj.syntax.DynamicBinding;
import org.nixj.syntax.Expr;
import org.nixj.syntax.Formal;
import org.nixj.syntax.Formals;

/**
 * Makes ASTs comparable regardless of where they came from: every {@link Pos} becomes one dummy position,
 * and static bindings and formals are put in name order (the canonical printer sorts them, so a parsed
 * printout lists them sorted while a generated AST may not).
 */
final class AstPositions {
    static final Pos DUMMY = new Pos(Source.ofExpression("", "/"), 0);

    private AstPositions() {}

    /** {@code e} with every position replaced by {@link #DUMMY} and bindings and formals sorted by name. */
    static Expr normalize(Expr e) {
        return switch (e) {
            case Expr.Int i -> new Expr.Int(DUMMY, i.value());
            case Expr.Float f -> new Expr.Float(DUMMY, f.value());
            case Expr.Str s -> new Expr.Str(DUMMY, s.value());
            case Expr.Path p -> new Expr.Path(DUMMY, p.value());
            case Expr.Var v -> new Expr.Var(DUMMY, v.name());
            case Expr.CurPos c -> new Expr.CurPos(DUMMY);
            case Expr.Select s -> new Expr.Select(DUMMY, normalize(s.target()), path(s.path()),
                    s.orDefault() == null ? null : normalize(s.orDefault()));
            case Expr.HasAttr h -> new Expr.HasAttr(DUMMY, normalize(h.target()), path(h.path()));
            case Expr.AttrSet a -> attrSet(a);
            case Expr.ListLiteral l -> new Expr.ListLiteral(DUMMY, all(l.elements()));
            case Expr.Lambda l -> new Expr.Lambda(DUMMY, l.arg(), formals(l.formals()), normalize(l.body()), l.doc());
            case Expr.Call c -> new Expr.Call(DUMMY, normalize(c.function()), all(c.args()));
            case Expr.Let l -> new Expr.Let(DUMMY, attrSet(l.bindings()), normalize(l.body()));
            case Expr.With w -> new Expr.With(DUMMY, normalize(w.scope()), normalize(w.body()));
            case Expr.If i -> new Expr.If(DUMMY, normalize(i.condition()), normalize(i.consequent()),
                    normalize(i.alternative()));
            case Expr.Assert a -> new Expr.Assert(DUMMY, normalize(a.condition()), normalize(a.body()));
            case Expr.Not n -> new Expr.Not(DUMMY, normalize(n.operand()));
            case Expr.BinaryOp b -> new Expr.BinaryOp(DUMMY, b.operator(), normalize(b.left()), normalize(b.right()));
            case Expr.ConcatStrings c -> new Expr.ConcatStrings(DUMMY, c.forceString(), all(c.parts()));
            case Expr.InheritFrom i -> new Expr.InheritFrom(DUMMY, i.index());
        };
    }

    private static Expr.AttrSet attrSet(Expr.AttrSet a) {
        List<Binding> bindings = new ArrayList<>();
        for (Binding b : a.bindings()) {
            bindings.add(new Binding(b.name(), DUMMY, normalize(b.value()), b.kind()));
        }
        bindings.sort(Comparator.comparing(Binding::name));
        List<DynamicBinding> dynamic = new ArrayList<>();
        for (DynamicBinding d : a.dynamicBindings()) {
            dynamic.add(new DynamicBinding(DUMMY, normalize(d.name()), normalize(d.value())));
        }
        return new Expr.AttrSet(DUMMY, a.recursive(), bindings, dynamic, all(a.inheritSources()));
    }

    private static Formals formals(Formals f) {
        if (f == null) {
            return null;
        }
        List<Formal> list = new ArrayList<>();
        for (Formal x : f.formals()) {
            list.add(new Formal(DUMMY, x.name(), x.defaultValue() == null ? null : normalize(x.defaultValue())));
        }
        list.sort(Comparator.comparing(Formal::name));
        return new Formals(list, f.ellipsis());
    }

    private static List<AttrName> path(List<AttrName> path) {
        List<AttrName> out = new ArrayList<>();
        for (AttrName n : path) {
            out.add(switch (n) {
                case AttrName.Static s -> s;
                case AttrName.Dynamic d -> new AttrName.Dynamic(normalize(d.expr()));
            });
        }
        return out;
    }

    private static List<Expr> all(List<Expr> exprs) {
        List<Expr> out = new ArrayList<>(exprs.size());
        for (Expr e : exprs) {
            out.add(normalize(e));
        }
        return out;
    }
}
