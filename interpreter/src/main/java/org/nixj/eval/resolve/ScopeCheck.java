package org.nixj.eval.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nixj.eval.error.UndefinedVariableError;
import org.nixj.syntax.AttrName;
import org.nixj.syntax.Binding;
import org.nixj.syntax.DynamicBinding;
import org.nixj.syntax.Expr;
import org.nixj.syntax.Formal;

/**
 * Nix's check, made when code is loaded, that every variable is bound: by a {@code let}, a {@code rec}
 * set, a function parameter, an enclosing {@code with}, or the base environment. The first unbound
 * variable is reported as "undefined variable 'x'".
 *
 * <p>Scopes follow Nix exactly: {@code inherit x;} in a {@code rec} set or {@code let} reads {@code x} from
 * the enclosing scope, not from the set itself; the source of {@code inherit (e)} and the values of plain
 * bindings see the set's own names.
 */
public final class ScopeCheck {
    private final Set<String> globals;

    private ScopeCheck(Set<String> globals) {
        this.globals = globals;
    }

    /** Checks {@code expr} against Nix's base environment. */
    public static void check(Expr expr) {
        check(expr, BaseEnvironment.names());
    }

    /** Checks {@code expr} against the given global names. */
    public static void check(Expr expr, Set<String> globals) {
        new ScopeCheck(globals).visit(expr, Scope.ROOT);
    }

    /** A chain of scopes; a {@code with} scope binds every name. */
    private record Scope(Scope parent, Set<String> names, boolean isWith) {
        static final Scope ROOT = null;

        static Scope of(Scope parent, Set<String> names) {
            return new Scope(parent, names, false);
        }
    }

    private boolean bound(Scope scope, String name) {
        for (Scope s = scope; s != null; s = s.parent()) {
            if (s.isWith() || s.names().contains(name)) {
                return true;
            }
        }
        return globals.contains(name);
    }

    private void visit(Expr e, Scope scope) {
        switch (e) {
            case Expr.Int i -> {}
            case Expr.Float f -> {}
            case Expr.Str s -> {}
            case Expr.Path p -> {}
            case Expr.CurPos c -> {}
            case Expr.InheritFrom i -> {}
            case Expr.Var v -> {
                if (!bound(scope, v.name())) {
                    throw new UndefinedVariableError(v.name(), v.pos());
                }
            }
            case Expr.Select s -> {
                visit(s.target(), scope);
                if (s.orDefault() != null) {
                    visit(s.orDefault(), scope);
                }
                path(s.path(), scope);
            }
            case Expr.HasAttr h -> {
                visit(h.target(), scope);
                path(h.path(), scope);
            }
            case Expr.AttrSet a -> attrSet(a, a.recursive() ? Scope.of(scope, names(a)) : scope, scope);
            case Expr.ListLiteral l -> l.elements().forEach(x -> visit(x, scope));
            case Expr.Lambda l -> {
                Set<String> params = new HashSet<>();
                if (l.arg() != null) {
                    params.add(l.arg());
                }
                if (l.formals() != null) {
                    l.formals().formals().forEach(f -> params.add(f.name()));
                }
                Scope inner = Scope.of(scope, params);
                if (l.formals() != null) {
                    for (Formal f : l.formals().formals()) {
                        if (f.defaultValue() != null) {
                            visit(f.defaultValue(), inner);
                        }
                    }
                }
                visit(l.body(), inner);
            }
            case Expr.Call c -> {
                visit(c.function(), scope);
                c.args().forEach(x -> visit(x, scope));
            }
            case Expr.Let l -> {
                Scope inner = Scope.of(scope, names(l.bindings()));
                attrSet(l.bindings(), inner, scope);
                visit(l.body(), inner);
            }
            case Expr.With w -> {
                visit(w.scope(), scope);
                visit(w.body(), new Scope(scope, Set.of(), true));
            }
            case Expr.If i -> {
                visit(i.condition(), scope);
                visit(i.consequent(), scope);
                visit(i.alternative(), scope);
            }
            case Expr.Assert a -> {
                visit(a.condition(), scope);
                visit(a.body(), scope);
            }
            case Expr.Not n -> visit(n.operand(), scope);
            case Expr.BinaryOp b -> {
                visit(b.left(), scope);
                visit(b.right(), scope);
            }
            case Expr.ConcatStrings c -> c.parts().forEach(x -> visit(x, scope));
        }
    }

    /** {@code inner} is the set's own scope (for {@code rec} and {@code let}), {@code outer} the enclosing one. */
    private void attrSet(Expr.AttrSet set, Scope inner, Scope outer) {
        set.inheritSources().forEach(x -> visit(x, inner));
        for (Binding b : set.bindings()) {
            switch (b.kind()) {
                case PLAIN -> visit(b.value(), inner);
                case INHERITED -> visit(b.value(), outer);
                case INHERITED_FROM -> {}
            }
        }
        for (DynamicBinding d : set.dynamicBindings()) {
            visit(d.name(), inner);
            visit(d.value(), inner);
        }
    }

    private void path(List<AttrName> path, Scope scope) {
        for (AttrName name : path) {
            if (name instanceof AttrName.Dynamic d) {
                visit(d.expr(), scope);
            }
        }
    }

    private static Set<String> names(Expr.AttrSet set) {
        Set<String> names = new HashSet<>();
        set.bindings().forEach(b -> names.add(b.name()));
        return names;
    }
}
