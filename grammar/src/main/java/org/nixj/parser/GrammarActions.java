package org.nixj.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.nixj.source.Pos;
import org.nixj.source.Source;
import org.nixj.syntax.AttrName;
import org.nixj.syntax.BinaryOperator;
import org.nixj.syntax.Expr;
import org.nixj.syntax.Formal;
import org.nixj.syntax.Formals;

/**
 * Nix's grammar actions, written once for both front ends: the ANTLR one ({@link AstBuilder}) and the fast
 * one ({@link FastParser}). Each action takes plain values (positions, token texts, child expressions), so
 * both front ends build the same AST by construction: the same desugaring, the same positions, the same
 * parse-time errors.
 */
final class GrammarActions {
    private final Source source;
    private final String homeDirectory;

    GrammarActions(Source source, String homeDirectory) {
        this.source = source;
        this.homeDirectory = homeDirectory;
    }

    Pos pos(int offset) {
        return new Pos(source, offset);
    }

    /** An empty set of bindings, for a set literal, {@code let} or legacy {@code let}. */
    AttrSetBuilder bindings() {
        return new AttrSetBuilder(source);
    }

    // ---------------------------------------------------------------- functions and keywords

    /** {@code x: body}. */
    static Expr simpleLambda(Pos at, String arg, Expr body, String doc) {
        return new Expr.Lambda(at, arg, null, body, doc);
    }

    /** {@code { formals }: body}, {@code { formals } @ arg: body} or {@code arg @ { formals }: body}. */
    static Expr lambda(Pos at, String arg, Formals formals, Expr body, String doc) {
        FormalsCheck.rejectDuplicates(formals, arg, at);
        return new Expr.Lambda(at, arg, formals, body, doc);
    }

    static Formal formal(Pos at, String name, Expr defaultValue) {
        return new Formal(at, name, defaultValue);
    }

    /**
     * {@code path = value;} at {@code at}. A doc comment before it ({@code doc} finds it; asked only when
     * needed) documents the function it defines, unless that has its own.
     */
    static AttrSetBuilder.Assignment assignment(List<AttrName> path, Pos at, Expr value, Supplier<String> doc) {
        if (value instanceof Expr.Lambda l && l.doc() == null) {
            String comment = doc.get();
            if (comment != null) {
                value = new Expr.Lambda(l.pos(), l.arg(), l.formals(), l.body(), comment);
            }
        }
        return new AttrSetBuilder.Assignment(path, at, value);
    }

    static Expr assertion(Pos at, Expr condition, Expr body) {
        return new Expr.Assert(at, condition, body);
    }

    static Expr with(Pos at, Expr scope, Expr body) {
        return new Expr.With(at, scope, body);
    }

    static Expr ifThenElse(Pos at, Expr condition, Expr consequent, Expr alternative) {
        return new Expr.If(at, condition, consequent, alternative);
    }

    static Expr let(Pos at, AttrSetBuilder binds, Expr body) {
        Expr.AttrSet bindings = binds.build(at, false);
        if (!bindings.dynamicBindings().isEmpty()) {
            throw new ParseError("dynamic attributes not allowed in let", at);
        }
        return new Expr.Let(at, bindings, body);
    }

    /** {@code let { a = 1; body = a; }} is {@code (rec { ... }).body}. */
    static Expr legacyLet(Pos at, AttrSetBuilder binds) {
        return new Expr.Select(at, binds.build(at, true), List.of(new AttrName.Static("body")), null);
    }

    // ---------------------------------------------------------------- operators

    /** {@code -e} is {@code __sub 0 e}. */
    static Expr negate(Pos at, Expr operand) {
        return new Expr.Call(at, new Expr.Var(at, "__sub"), List.of(new Expr.Int(at, 0), operand));
    }

    static Expr not(Pos at, Expr operand) {
        return new Expr.Not(at, operand);
    }

    /** {@code e ? a.b}, at the {@code ?}. */
    static Expr hasAttr(Pos at, Expr target, List<AttrName> path) {
        return new Expr.HasAttr(at, target, path);
    }

    /** {@code a + b}: a concatenation, which adds numbers as well. */
    static Expr add(Pos at, Expr left, Expr right) {
        return new Expr.ConcatStrings(at, false, List.of(left, right));
    }

    /** {@code a - b}, {@code a * b}, {@code a / b}: a call of {@code function} ({@code __sub}, ...). */
    static Expr arithmetic(Pos at, String function, Expr left, Expr right) {
        return new Expr.Call(at, new Expr.Var(at, function), List.of(left, right));
    }

    static Expr binary(Pos at, BinaryOperator op, Expr left, Expr right) {
        return new Expr.BinaryOp(at, op, left, right);
    }

    /** The comparison operators, which Nix turns into calls of {@code __lessThan}. */
    enum Comparison { LT, GT, LEQ, GEQ }

    /** {@code a > b} is {@code __lessThan b a}; {@code a <= b} is {@code !(__lessThan b a)}. */
    static Expr compare(Pos at, Comparison op, Expr left, Expr right) {
        Expr.Var lessThan = new Expr.Var(at, "__lessThan");
        return switch (op) {
            case LT -> new Expr.Call(at, lessThan, List.of(left, right));
            case GT -> new Expr.Call(at, lessThan, List.of(right, left));
            case LEQ -> new Expr.Not(at, new Expr.Call(at, lessThan, List.of(right, left)));
            case GEQ -> new Expr.Not(at, new Expr.Call(at, lessThan, List.of(left, right)));
        };
    }

    /** {@code f a b}: Nix adds the arguments to an existing call, so {@code (f a) b} is {@code f a b}. */
    static Expr apply(Pos at, Expr function, List<Expr> arguments) {
        List<Expr> args = new ArrayList<>(arguments.size() + 2);
        if (function instanceof Expr.Call existing) {
            at = existing.pos();
            args.addAll(existing.args());
            function = existing.function();
        }
        args.addAll(arguments);
        return new Expr.Call(at, function, args);
    }

    /** One step of a pipe: {@code x |> f} and {@code f <| x} are {@code f x}, merged into a call as above. */
    static Expr pipe(Pos at, Expr function, Expr argument) {
        return apply(at, function, List.of(argument));
    }

    /** {@code e.a.b} and {@code e.a.b or d} ({@code orDefault} null without {@code or}). */
    static Expr select(Pos at, Expr target, List<AttrName> path, Expr orDefault) {
        return new Expr.Select(at, target, path, orDefault);
    }

    /** Backwards compatibility in Nix: {@code f or} applies f to a variable named {@code or}. */
    static Expr applyToOr(Pos at, Expr target) {
        return new Expr.Call(at, target, List.of(new Expr.Var(at, "or")));
    }

    // ---------------------------------------------------------------- simple expressions

    static Expr variable(Pos at, String name) {
        return name.equals("__curPos") ? new Expr.CurPos(at) : new Expr.Var(at, name);
    }

    static Expr integer(Pos at, String text) {
        return new Expr.Int(at, Literals.parseInt(text, at));
    }

    static Expr floating(Pos at, String text) {
        return new Expr.Float(at, Literals.parseFloat(text, at));
    }

    /** {@code <p>} is {@code __findFile __nixPath "p"}; {@code text} includes the angle brackets. */
    static Expr searchPath(Pos at, String text) {
        return new Expr.Call(at, new Expr.Var(at, "__findFile"),
                List.of(new Expr.Var(at, "__nixPath"), new Expr.Str(at, text.substring(1, text.length() - 1))));
    }

    static Expr uri(Pos at, String text) {
        return new Expr.Str(at, text);
    }

    static Expr list(Pos at, List<Expr> elements) {
        return new Expr.ListLiteral(at, elements);
    }

    /**
     * A path literal, made absolute; {@code rest} are the fragments and interpolations that follow it (for
     * {@code ./a/${b}/c}, the literal is {@code ./a/}), which make it a concatenation.
     */
    Expr path(Pos at, boolean home, String literal, List<Expr> rest) {
        String resolved = home ? PathLiterals.resolveHome(literal, homeDirectory)
                : PathLiterals.resolve(literal, source.baseDirectory());
        Expr.Path path = new Expr.Path(at, resolved);
        if (rest.isEmpty()) {
            return path;
        }
        List<Expr> parts = new ArrayList<>(rest.size() + 1);
        parts.add(path);
        parts.addAll(rest);
        return new Expr.ConcatStrings(at, false, parts);
    }

    /** A literal piece of an interpolated path. */
    static Expr pathFragment(Pos at, String text) {
        return new Expr.Str(at, text);
    }

    // ---------------------------------------------------------------- strings

    /**
     * The parts of a {@code "..."} string, added in source order: pieces of text (already unescaped) and
     * interpolated expressions. Consecutive pieces of text make one string.
     */
    static final class StringParts {
        private final List<Expr> pieces = new ArrayList<>();
        private StringBuilder text;
        private Pos textPos;
        private Pos firstPos;
        private boolean interpolated;

        void text(Pos at, String unescaped) {
            if (firstPos == null) {
                firstPos = at;
            }
            if (text == null) {
                text = new StringBuilder(unescaped);
                textPos = at;
            } else {
                text.append(unescaped);
            }
        }

        void interpolation(Pos at, Expr e) {
            if (firstPos == null) {
                firstPos = at;
            }
            flushText();
            pieces.add(e);
            interpolated = true;
        }

        private void flushText() {
            if (text != null) {
                pieces.add(new Expr.Str(textPos, text.toString()));
                text = null;
            }
        }

        /** A plain string at {@code at}, or a concatenation (at its first part) when it interpolates. */
        Expr build(Pos at) {
            if (!interpolated) {
                return new Expr.Str(at, text == null ? "" : text.toString());
            }
            flushText();
            return new Expr.ConcatStrings(firstPos, true, pieces);
        }
    }

    /** The pieces of an indented string that are not interpolations, by the token they come from. */
    enum IndentedText { RAW, DOLLAR, QUOTES, ESCAPED_CHAR, QUOTE }

    /** One piece of text of a {@code ''...''} string; {@code text} is the token's text. */
    static IndentedStrings.Part indentedText(Pos at, IndentedText kind, String text) {
        return switch (kind) {
            case RAW -> new IndentedStrings.Part.Text(at, StringTokens.refuseNul(text, at), true);
            case DOLLAR -> new IndentedStrings.Part.Text(at, "$", false);
            case QUOTES -> new IndentedStrings.Part.Text(at, "''", false);
            case ESCAPED_CHAR -> new IndentedStrings.Part.Text(at, StringTokens.refuseNul(StringEscapes.unescape(text.substring(2)), at), false);
            case QUOTE -> new IndentedStrings.Part.Text(at, "'", false);
        };
    }

    static Expr indentedString(Pos at, List<IndentedStrings.Part> parts) {
        return IndentedStrings.strip(at, parts);
    }

    // ---------------------------------------------------------------- attribute names

    /**
     * {@code "a"} names an attribute statically; {@code "a${b}"} computes the name ({@code string} is the
     * string built at the opening quote).
     */
    static AttrName stringAttr(Expr string) {
        return string instanceof Expr.Str s ? new AttrName.Static(s.value()) : new AttrName.Dynamic(string);
    }

    /**
     * {@code ${e}} computes the name, unless {@code e} is a plain string literal: {@code ${"a"}} (also
     * {@code ${("a")}} or {@code ${''a''}}) names {@code a} statically, in attribute sets, {@code let} and
     * {@code inherit} alike. Current Nix does this since the fix of its issue 14642 (a regression of 2.32,
     * whose parser made every {@code ${...}} dynamic); Nix 2.8 did the same.
     */
    static AttrName dynamicAttr(Expr e) {
        return e instanceof Expr.Str s ? new AttrName.Static(s.value()) : new AttrName.Dynamic(e);
    }
}
