package org.nixj.eval.code;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nixj.eval.Arithmetic;
import org.nixj.eval.Interpreter;
import org.nixj.eval.error.UndefinedVariableError;
import org.nixj.eval.value.NixFloat;
import org.nixj.eval.value.NixInt;
import org.nixj.eval.value.NixPath;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.Value;
import org.nixj.syntax.AttrName;
import org.nixj.syntax.Binding;
import org.nixj.syntax.DynamicBinding;
import org.nixj.syntax.Expr;
import org.nixj.syntax.ExprPrinter;
import org.nixj.source.Pos;
import org.nixj.syntax.Formal;

/**
 * Turns a syntax tree into {@link Code}, resolving every variable as Nix's binding pass does: to a slot of an
 * enclosing {@code let}, {@code rec} set or function (however many {@code with}s lie between: lexical
 * bindings always win), else to a global of the base environment (a constant), else to a run-time lookup
 * in the enclosing {@code with} sets. A variable bound nowhere is "undefined variable 'x'", reported before
 * anything is evaluated.
 */
public final class Compiler {
    private final Interpreter interpreter;
    private final Map<String, Value> globals;

    /**
     * @param globals the base environment: names every file sees, resolved to their values at compile time
     */
    public Compiler(Interpreter interpreter, Map<String, Value> globals) {
        this.interpreter = interpreter;
        this.globals = globals;
    }

    /** Compiles a whole file or expression, evaluated in an empty environment. */
    public Code compile(Expr expr) {
        return compile(expr, null);
    }

    /**
     * Compiles an expression that sees {@code names} as variables (in that slot order) before the globals;
     * it must be evaluated in an environment holding their values (see {@code scopedImport}).
     */
    public Code compileWithScope(Expr expr, List<String> names) {
        Map<String, Integer> slots = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            slots.put(names.get(i), i);
        }
        return compile(expr, new Scope.Static(null, slots));
    }

    /** A compile-time scope; each one is one level of the run-time {@link Env}. */
    private sealed interface Scope {
        Scope parent();

        record Static(Scope parent, Map<String, Integer> slots) implements Scope {}

        record With(Scope parent) implements Scope {}

        /** The sources of {@code inherit (e)}: slots without names, reached by {@link Expr.InheritFrom}. */
        record InheritFrom(Scope parent) implements Scope {}
    }

    private Code compile(Expr e, Scope scope) {
        return switch (e) {
            case Expr.Int i -> new Constant(i.pos(), NixInt.of(i.value()));
            case Expr.Float f -> new Constant(f.pos(), new NixFloat(f.value()));
            case Expr.Str s -> new Constant(s.pos(), NixString.of(s.value()));
            case Expr.Path p -> new Constant(p.pos(), new NixPath(p.value()));
            case Expr.Var v -> variable(v, scope);
            case Expr.CurPos c -> new CurPosCode(interpreter, c.pos());
            case Expr.InheritFrom i -> new LocalVar(i.pos(), inheritFromLevel(scope), i.index());
            case Expr.Select s -> new SelectCode(interpreter, s.pos(), compile(s.target(), scope), path(s.path(), scope),
                    s.orDefault() == null ? null : compile(s.orDefault(), scope));
            case Expr.HasAttr h -> new HasAttrCode(interpreter, h.pos(), compile(h.target(), scope), path(h.path(), scope));
            case Expr.AttrSet a -> attrSet(a, scope);
            case Expr.ListLiteral l -> new ListCode(l.pos(), compileAll(l.elements(), scope));
            case Expr.Lambda l -> lambda(l, scope, null);
            case Expr.Call c -> call(c, scope);
            case Expr.Let l -> let(l, scope);
            case Expr.With w -> new WithCode(w.pos(), compile(w.scope(), scope), compile(w.body(), new Scope.With(scope)));
            case Expr.If i -> new IfCode(interpreter, i.pos(), compile(i.condition(), scope), compile(i.consequent(), scope),
                    compile(i.alternative(), scope));
            case Expr.Assert a -> assertion(a, scope);
            // Nix positions ! at its operand.
            case Expr.Not n -> new NotCode(interpreter, n.operand().pos(), compile(n.operand(), scope));
            case Expr.BinaryOp b -> binary(b, scope);
            case Expr.ConcatStrings c -> new ConcatStringsCode(interpreter, c.pos(), c.forceString(), compileAll(c.parts(), scope));
        };
    }

    private Code call(Expr.Call c, Scope scope) {
        Code function = compile(c.function(), scope);
        Code[] args = compileAll(c.args(), scope);
        if (args.length == 2 && function instanceof Constant k) {
            for (Arithmetic.Operator op : Arithmetic.Operator.values()) {
                if (k.value() == globals.get("__" + op.builtin())) {
                    return new OperatorCallCode(interpreter, c.pos(), op, args[0], args[1]);
                }
            }
            if (k.value() == globals.get("__lessThan")) {
                return new OperatorCallCode(interpreter, c.pos(), null, args[0], args[1]);
            }
        }
        return new CallCode(interpreter, c.pos(), function, args);
    }

    private Code[] compileAll(List<Expr> exprs, Scope scope) {
        Code[] codes = new Code[exprs.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = compile(exprs.get(i), scope);
        }
        return codes;
    }

    private Code variable(Expr.Var v, Scope scope) {
        String name = v.name();
        int level = 0;
        List<Integer> withLevels = new ArrayList<>();
        for (Scope s = scope; s != null; s = s.parent(), level++) {
            if (s instanceof Scope.Static st) {
                Integer slot = st.slots().get(name);
                if (slot != null) {
                    return new LocalVar(v.pos(), level, slot);
                }
            } else if (s instanceof Scope.With) {
                withLevels.add(level);
            }
        }
        Value global = globals.get(name);
        if (global != null) {
            return new Constant(v.pos(), global);
        }
        if (withLevels.isEmpty()) {
            throw new UndefinedVariableError(name, v.pos());
        }
        return new WithVar(interpreter, v.pos(), name.intern(), withLevels.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int inheritFromLevel(Scope scope) {
        int level = 0;
        for (Scope s = scope; s != null; s = s.parent(), level++) {
            if (s instanceof Scope.InheritFrom) {
                return level;
            }
        }
        throw new IllegalStateException("inherit (e) source outside of its set");
    }

    private AttrPath path(List<AttrName> path, Scope scope) {
        String[] names = new String[path.size()];
        Code[] dynamic = new Code[path.size()];
        for (int i = 0; i < names.length; i++) {
            switch (path.get(i)) {
                case AttrName.Static s -> names[i] = s.name().intern();
                case AttrName.Dynamic d -> dynamic[i] = compile(d.expr(), scope);
            }
        }
        return new AttrPath(names, dynamic);
    }

    private Code attrSet(Expr.AttrSet a, Scope scope) {
        List<Binding> sorted = sortedBindings(a);
        Scope own = a.recursive() ? new Scope.Static(scope, slots(sorted)) : scope;
        BindingCode[] bindings = bindings(sorted, own, scope);
        DynamicBindingCode[] dynamic = new DynamicBindingCode[a.dynamicBindings().size()];
        for (int i = 0; i < dynamic.length; i++) {
            DynamicBinding d = a.dynamicBindings().get(i);
            dynamic[i] = new DynamicBindingCode(d.pos(), compile(d.name(), own), compile(d.value(), own));
        }
        return new AttrSetCode(interpreter, a.pos(), a.recursive(), bindings,
                compileAll(a.inheritSources(), own), dynamic);
    }

    private Code let(Expr.Let l, Scope scope) {
        List<Binding> sorted = sortedBindings(l.bindings());
        Scope own = new Scope.Static(scope, slots(sorted));
        return new LetCode(l.pos(), bindings(sorted, own, scope), compileAll(l.bindings().inheritSources(), own),
                compile(l.body(), own));
    }

    private static List<Binding> sortedBindings(Expr.AttrSet a) {
        List<Binding> sorted = new ArrayList<>(a.bindings());
        sorted.sort(Comparator.comparing(Binding::name));
        return sorted;
    }

    private static Map<String, Integer> slots(List<Binding> sorted) {
        Map<String, Integer> slots = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            slots.put(sorted.get(i).name(), i);
        }
        return slots;
    }

    /** {@code own} is the set's own scope (the enclosing one for a plain set), {@code enclosing} the outer one. */
    private BindingCode[] bindings(List<Binding> sorted, Scope own, Scope enclosing) {
        Scope inheritFrom = new Scope.InheritFrom(own);
        BindingCode[] codes = new BindingCode[sorted.size()];
        for (int i = 0; i < codes.length; i++) {
            Binding b = sorted.get(i);
            String name = b.name().intern();
            codes[i] = switch (b.kind()) {
                case PLAIN -> new BindingCode(name, b.pos(), b.value() instanceof Expr.Lambda l
                        ? lambda(l, own, name) : compile(b.value(), own), BindingCode.Scope.OWN);
                case INHERITED -> new BindingCode(name, b.pos(), compile(b.value(), enclosing), BindingCode.Scope.ENCLOSING);
                case INHERITED_FROM -> new BindingCode(name, b.pos(), compile(b.value(), inheritFrom),
                        BindingCode.Scope.INHERIT_FROM);
            };
        }
        return codes;
    }

    /** A function; {@code name} is the attribute it is bound to, which Nix gives to nested lambdas too. */
    private LambdaCode lambda(Expr.Lambda l, Scope scope, String name) {
        Map<String, Integer> slots = new HashMap<>();
        int offset = 0;
        if (l.arg() != null) {
            slots.put(l.arg(), 0);
            offset = 1;
        }
        String[] formalNames = null;
        Formal[] formals = null;
        if (l.formals() != null) {
            formals = l.formals().formals().toArray(Formal[]::new);
            Arrays.sort(formals, Comparator.comparing(Formal::name));
            formalNames = new String[formals.length];
            for (int i = 0; i < formals.length; i++) {
                formalNames[i] = formals[i].name().intern();
                slots.put(formalNames[i], offset + i);
            }
        }
        Scope inner = new Scope.Static(scope, slots);
        Code[] defaults = null;
        if (formals != null) {
            defaults = new Code[formals.length];
            for (int i = 0; i < formals.length; i++) {
                Expr def = formals[i].defaultValue();
                defaults[i] = def == null ? null : compile(def, inner);
            }
        }
        Code body = l.body() instanceof Expr.Lambda nested && name != null ? lambda(nested, inner, name) : compile(l.body(), inner);
        Pos[] formalPositions = formals == null ? null : Arrays.stream(formals).map(Formal::pos).toArray(Pos[]::new);
        return new LambdaCode(interpreter, l.pos(), name, l.arg(), formalNames, defaults, formalPositions,
                l.formals() != null && l.formals().ellipsis(), body, l.doc());
    }

    private Code assertion(Expr.Assert a, Scope scope) {
        Code condition = compile(a.condition(), scope);
        Code[] sides = null;
        if (a.condition() instanceof Expr.BinaryOp b && b.operator() == org.nixj.syntax.BinaryOperator.EQ) {
            sides = new Code[] {compile(b.left(), scope), compile(b.right(), scope)};
        }
        return new AssertCode(interpreter, a.pos(), condition, ExprPrinter.print(a.condition()), sides, compile(a.body(), scope));
    }

    private Code binary(Expr.BinaryOp b, Scope scope) {
        Code left = compile(b.left(), scope);
        Code right = compile(b.right(), scope);
        return switch (b.operator()) {
            case EQ -> new EqualsCode(interpreter, b.pos(), left, right, false);
            case NEQ -> new EqualsCode(interpreter, b.pos(), left, right, true);
            case AND -> new LogicCode(interpreter, b.pos(), LogicCode.Operator.AND, left, right);
            case OR -> new LogicCode(interpreter, b.pos(), LogicCode.Operator.OR, left, right);
            case IMPL -> new LogicCode(interpreter, b.pos(), LogicCode.Operator.IMPLICATION, left, right);
            case UPDATE -> new UpdateCode(interpreter, b.pos(), left, right);
            case CONCAT_LISTS -> new ConcatListsCode(interpreter, b.pos(), left, right);
        };
    }
}
