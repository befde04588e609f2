package org.nixj.syntax;

import java.util.List;
import org.nixj.source.Pos;

/**
 * A Nix expression. One record per kind of node Nix's parser produces.
 */
public sealed interface Expr {

    /** Where the expression is, as Nix reports it (for operators: the operator). */
    Pos pos();

    /** An integer literal. Literals are never negative: {@code -1} is {@code __sub 0 1}. */
    record Int(Pos pos, long value) implements Expr {}

    /** A floating-point literal. */
    record Float(Pos pos, double value) implements Expr {}

    /** A string without interpolation, also a URI literal. {@code value} is a byte string. */
    record Str(Pos pos, String value) implements Expr {}

    /** A path literal, already made absolute (relative ones against the source's directory). */
    record Path(Pos pos, String value) implements Expr {}

    /** A variable reference. */
    record Var(Pos pos, String name) implements Expr {}

    /** {@code __curPos}: the position of this very expression, as an attribute set. */
    record CurPos(Pos pos) implements Expr {}

    /** {@code e.a.b} or {@code e.a.b or d}. {@code orDefault} is {@code null} without {@code or}. */
    record Select(Pos pos, Expr target, List<AttrName> path, Expr orDefault) implements Expr {
        public Select {
            path = List.copyOf(path);
        }
    }

    /** {@code e ? a.b}. */
    record HasAttr(Pos pos, Expr target, List<AttrName> path) implements Expr {
        public HasAttr {
            path = List.copyOf(path);
        }
    }

    /**
     * An attribute set literal, {@code rec} or not, also the bindings of a {@code let}.
     *
     * @param bindings static names, in the order they were defined
     * @param dynamicBindings {@code ${e} = v;} entries, in source order
     * @param inheritSources the {@code e} of each {@code inherit (e) ...;}, referred to by {@link InheritFrom}
     */
    record AttrSet(Pos pos, boolean recursive, List<Binding> bindings, List<DynamicBinding> dynamicBindings,
                   List<Expr> inheritSources) implements Expr {
        public AttrSet {
            bindings = List.copyOf(bindings);
            dynamicBindings = List.copyOf(dynamicBindings);
            inheritSources = List.copyOf(inheritSources);
        }
    }

    /** A list literal. */
    record ListLiteral(Pos pos, List<Expr> elements) implements Expr {
        public ListLiteral {
            elements = List.copyOf(elements);
        }
    }

    /**
     * A function. {@code x: e} has only {@code arg}; {@code { a, b ? 1 }: e} has only {@code formals};
     * {@code args@{ a }: e} has both. {@code doc} is the {@code /** ... *}{@code /} comment just before the
     * function, or {@code null}.
     */
    record Lambda(Pos pos, String arg, Formals formals, Expr body, String doc) implements Expr {}

    /** A function application {@code f a b}; Nix collects consecutive arguments into one call. */
    record Call(Pos pos, Expr function, List<Expr> args) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code let ... in body}; {@code bindings} is never recursive-flagged, but let bindings are recursive. */
    record Let(Pos pos, AttrSet bindings, Expr body) implements Expr {}

    /** {@code with scope; body}. */
    record With(Pos pos, Expr scope, Expr body) implements Expr {}

    /** {@code if condition then consequent else alternative}. */
    record If(Pos pos, Expr condition, Expr consequent, Expr alternative) implements Expr {}

    /** {@code assert condition; body}. */
    record Assert(Pos pos, Expr condition, Expr body) implements Expr {}

    /** {@code !e}. */
    record Not(Pos pos, Expr operand) implements Expr {}

    /** One of the operators Nix keeps as its own node; arithmetic and comparison become calls instead. */
    record BinaryOp(Pos pos, BinaryOperator operator, Expr left, Expr right) implements Expr {}

    /**
     * String concatenation: {@code a + b} ({@code forceString} false), a string with interpolations, or an
     * interpolated path such as {@code ./a/${b}} (whose first part is a {@link Path}).
     */
    record ConcatStrings(Pos pos, boolean forceString, List<Expr> parts) implements Expr {
        public ConcatStrings {
            parts = List.copyOf(parts);
        }
    }

    /**
     * The source of an {@code inherit (e) a;}: the {@code index}th of the enclosing
     * {@link AttrSet#inheritSources()}. It appears only as the target of the {@link Select} such an inherit
     * creates.
     */
    record InheritFrom(Pos pos, int index) implements Expr {}
}
