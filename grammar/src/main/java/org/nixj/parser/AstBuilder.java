package org.nixj.parser;

import static org.nixj.grammar.antlr.NixParser.*;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.Token;
import org.nixj.grammar.antlr.NixLexer;
import org.nixj.source.Pos;
import org.nixj.source.Source;
import org.nixj.syntax.AttrName;
import org.nixj.syntax.BinaryOperator;
import org.nixj.syntax.Expr;
import org.nixj.syntax.Formal;
import org.nixj.syntax.Formals;

/**
 * Turns the parse tree into the AST, doing what Nix's grammar actions do: desugaring (operators into
 * calls, nested attribute paths into nested sets, {@code inherit} forms, string parts, indentation
 * stripping, path resolution) and the checks Nix makes while parsing (duplicate attributes and formals,
 * chained non-associative operators, dynamic attributes where they are not allowed, literal ranges).
 */
final class AstBuilder {
    private final Source source;
    private final BufferedTokenStream tokens;
    private final String homeDirectory;
    private final Map<ExprContext, Expr> converted = new IdentityHashMap<>();

    AstBuilder(Source source, BufferedTokenStream tokens, String homeDirectory) {
        this.source = source;
        this.tokens = tokens;
        this.homeDirectory = homeDirectory;
    }

    Expr file(FileContext c) {
        return expr(c.expr());
    }

    /**
     * The AST of an {@code expr}. While parsing, {@link #exprParsed} converts each {@code expr} as soon as
     * it is complete and drops its parse tree; here the converted result is picked up.
     */
    Expr expr(ExprContext c) {
        Expr done = converted.remove(c);
        return done != null ? done : exprFunction(c.exprFunction());
    }

    /**
     * Converts a just-parsed {@code expr} and frees its parse tree. Called by the parser for every
     * {@code expr} it completes (innermost first), so a large file never holds its whole parse tree.
     */
    void exprParsed(ExprContext c) {
        Expr e = exprFunction(c.exprFunction());
        c.children = null;
        converted.put(c, e);
    }

    private Expr exprFunction(ExprFunctionContext c) {
        return switch (c) {
            case SimpleLambdaContext l ->
                    new Expr.Lambda(pos(l.start), l.ID().getText(), null, exprFunction(l.exprFunction()), doc(l.start));
            case FormalsLambdaContext l ->
                    lambda(l.start, null, null, l.formalSet(), l.exprFunction());
            case FormalsAtLambdaContext l ->
                    lambda(l.start, l.ID().getText(), l.ID().getSymbol(), l.formalSet(), l.exprFunction());
            case AtFormalsLambdaContext l ->
                    lambda(l.start, l.ID().getText(), l.ID().getSymbol(), l.formalSet(), l.exprFunction());
            case AssertContext a -> new Expr.Assert(pos(a.start), expr(a.expr()), exprFunction(a.exprFunction()));
            case WithContext w -> new Expr.With(pos(w.start), expr(w.expr()), exprFunction(w.exprFunction()));
            case LetContext l -> {
                Expr.AttrSet bindings = new AttrSetBuilder(source, pos(l.start), false, this).addAll(l.binds()).build();
                if (!bindings.dynamicBindings().isEmpty()) {
                    throw new ParseError("dynamic attributes not allowed in let", pos(l.start));
                }
                yield new Expr.Let(pos(l.start), bindings, exprFunction(l.exprFunction()));
            }
            case IfLevelContext i -> exprIf(i.exprIf());
            default -> throw unknown(c);
        };
    }

    private Expr lambda(Token start, String arg, Token argToken, FormalSetContext set, ExprFunctionContext body) {
        List<Formal> formals = new ArrayList<>();
        for (FormalContext f : set.formal()) {
            formals.add(new Formal(pos(f.start), f.ID().getText(), f.expr() == null ? null : expr(f.expr())));
        }
        Formals result = new Formals(formals, set.ELLIPSIS() != null);
        Pos lambdaPos = pos(start);
        FormalsCheck.rejectDuplicates(result, arg, lambdaPos);
        return new Expr.Lambda(lambdaPos, arg, result, exprFunction(body), doc(start));
    }

    private Expr exprIf(ExprIfContext c) {
        return switch (c) {
            case IfContext i -> new Expr.If(pos(i.start), expr(i.expr(0)), expr(i.expr(1)), expr(i.expr(2)));
            case PipeContext p -> pipe(p);
            default -> throw unknown(c);
        };
    }

    /** {@code x |> f |> g} is {@code g (f x)}; {@code f <| g <| x} is {@code f (g x)}. */
    private Expr pipe(PipeContext p) {
        List<ExprOpContext> operands = p.exprOp();
        if (!p.PIPE_INTO().isEmpty()) {
            Expr result = exprOp(operands.get(0));
            for (int i = 1; i < operands.size(); i++) {
                result = call(pos(p.PIPE_INTO(i - 1).getSymbol()), exprOp(operands.get(i)), result);
            }
            return result;
        }
        Expr result = exprOp(operands.get(operands.size() - 1));
        for (int i = operands.size() - 2; i >= 0; i--) {
            result = call(pos(p.PIPE_FROM(i).getSymbol()), exprOp(operands.get(i)), result);
        }
        return result;
    }

    private Expr exprOp(ExprOpContext c) {
        return switch (c) {
            case NegateContext n ->
                    new Expr.Call(pos(n.start), var(n.start, "__sub"), List.of(new Expr.Int(pos(n.start), 0), exprOp(n.exprOp())));
            case HasAttrContext h -> new Expr.HasAttr(pos(h.QUESTION().getSymbol()), exprOp(h.exprOp()), attrPath(h.attrPath()));
            case ConcatContext k -> binary(k.CONCAT().getSymbol(), BinaryOperator.CONCAT_LISTS, k.exprOp(0), k.exprOp(1));
            case MulDivContext m -> arithmetic(m.op, m.op.getType() == STAR ? "__mul" : "__div", m.exprOp(0), m.exprOp(1));
            case AddSubContext a -> a.op.getType() == PLUS
                    ? new Expr.ConcatStrings(pos(a.op), false, List.of(exprOp(a.exprOp(0)), exprOp(a.exprOp(1))))
                    : arithmetic(a.op, "__sub", a.exprOp(0), a.exprOp(1));
            case NotContext n -> new Expr.Not(pos(n.start), exprOp(n.exprOp()));
            case UpdateContext u -> binary(u.UPDATE().getSymbol(), BinaryOperator.UPDATE, u.exprOp(0), u.exprOp(1));
            case CompareContext k -> compare(k);
            case EqualityContext e -> {
                if (e.exprOp(0) instanceof EqualityContext) {
                    throw SyntaxErrorStrategy.unexpected(source, e.op);
                }
                yield binary(e.op, e.op.getType() == EQ ? BinaryOperator.EQ : BinaryOperator.NEQ, e.exprOp(0), e.exprOp(1));
            }
            case AndContext a -> binary(a.AND().getSymbol(), BinaryOperator.AND, a.exprOp(0), a.exprOp(1));
            case OrContext o -> binary(o.OR().getSymbol(), BinaryOperator.OR, o.exprOp(0), o.exprOp(1));
            case ImplContext i -> binary(i.IMPL().getSymbol(), BinaryOperator.IMPL, i.exprOp(0), i.exprOp(1));
            case AppContext a -> exprApp(a.exprApp());
            default -> throw unknown(c);
        };
    }

    private Expr binary(Token operator, BinaryOperator op, ExprOpContext left, ExprOpContext right) {
        return new Expr.BinaryOp(pos(operator), op, exprOp(left), exprOp(right));
    }

    private Expr arithmetic(Token operator, String function, ExprOpContext left, ExprOpContext right) {
        return new Expr.Call(pos(operator), var(operator, function), List.of(exprOp(left), exprOp(right)));
    }

    /** {@code a > b} is {@code __lessThan b a}; {@code a <= b} is {@code !(__lessThan b a)}. */
    private Expr compare(CompareContext c) {
        if (c.exprOp(0) instanceof CompareContext) {
            throw SyntaxErrorStrategy.unexpected(source, c.op);
        }
        Expr left = exprOp(c.exprOp(0));
        Expr right = exprOp(c.exprOp(1));
        Pos at = pos(c.op);
        Expr.Var lessThan = var(c.op, "__lessThan");
        return switch (c.op.getType()) {
            case LT -> new Expr.Call(at, lessThan, List.of(left, right));
            case GT -> new Expr.Call(at, lessThan, List.of(right, left));
            case LEQ -> new Expr.Not(at, new Expr.Call(at, lessThan, List.of(right, left)));
            default -> new Expr.Not(at, new Expr.Call(at, lessThan, List.of(left, right)));
        };
    }

    private Expr exprApp(ExprAppContext c) {
        List<ExprSelectContext> parts = c.exprSelect();
        Expr result = exprSelect(parts.get(0));
        Pos at = pos(c.start);
        for (int i = 1; i < parts.size(); i++) {
            result = call(at, result, exprSelect(parts.get(i)));
        }
        return result;
    }

    /** Nix adds an argument to an existing call rather than nesting: {@code (f a) b} is {@code f a b}. */
    private static Expr call(Pos pos, Expr function, Expr argument) {
        if (function instanceof Expr.Call existing) {
            List<Expr> args = new ArrayList<>(existing.args());
            args.add(argument);
            return new Expr.Call(existing.pos(), existing.function(), args);
        }
        return new Expr.Call(pos, function, List.of(argument));
    }

    Expr exprSelect(ExprSelectContext c) {
        Expr target = exprSimple(c.exprSimple());
        Pos at = pos(c.start);
        if (c.DOT() != null) {
            Expr orDefault = c.exprSelect() == null ? null : exprSelect(c.exprSelect());
            return new Expr.Select(at, target, attrPath(c.attrPath()), orDefault);
        }
        if (c.OR_KW() != null) {
            // Backwards compatibility in Nix: `f or` applies f to a variable named `or`.
            return new Expr.Call(at, target, List.of(new Expr.Var(at, "or")));
        }
        return target;
    }

    private Expr exprSimple(ExprSimpleContext c) {
        Pos at = pos(c.start);
        return switch (c) {
            case VarContext v -> v.ID().getText().equals("__curPos") ? new Expr.CurPos(at) : new Expr.Var(at, v.ID().getText());
            case IntContext i -> new Expr.Int(at, Literals.parseInt(i.INT().getSymbol(), at));
            case FloatContext f -> new Expr.Float(at, Literals.parseFloat(f.FLOAT().getSymbol(), at));
            case StringContext s -> string(at, s.stringPart());
            case IndStringContext s -> indentedString(at, s.indStringPart());
            case PathContext p -> path(at, p.start, p.pathPart());
            case InterpolatedPathContext p -> {
                List<Expr> parts = new ArrayList<>();
                String literal = p.start.getText().substring(0, p.start.getText().length() - 2);
                parts.add(new Expr.Path(at, resolvePath(p.start.getType() == HPATH_INTERP_START, literal)));
                parts.add(expr(p.expr()));
                pathParts(parts, p.pathPart());
                yield new Expr.ConcatStrings(at, false, parts);
            }
            case SearchPathContext s -> {
                String text = s.SPATH().getText();
                yield new Expr.Call(at, new Expr.Var(at, "__findFile"),
                        List.of(new Expr.Var(at, "__nixPath"), new Expr.Str(at, text.substring(1, text.length() - 1))));
            }
            case UriContext u -> new Expr.Str(at, u.URI().getText());
            case ParensContext p -> expr(p.expr());
            case LegacyLetContext l -> {
                Expr.AttrSet set = new AttrSetBuilder(source, at, true, this).addAll(l.binds()).build();
                yield new Expr.Select(at, set, List.of(new AttrName.Static("body")), null);
            }
            case RecAttrsContext r -> new AttrSetBuilder(source, at, true, this).addAll(r.binds()).build();
            case AttrsContext a -> new AttrSetBuilder(source, at, false, this).addAll(a.binds()).build();
            case ListContext l -> {
                List<Expr> elements = new ArrayList<>(l.exprSelect().size());
                for (ExprSelectContext e : l.exprSelect()) {
                    elements.add(exprSelect(e));
                }
                yield new Expr.ListLiteral(at, elements);
            }
            default -> throw unknown(c);
        };
    }

    private Expr path(Pos at, Token first, List<PathPartContext> rest) {
        Expr.Path path = new Expr.Path(at, resolvePath(first.getType() == HPATH, first.getText()));
        if (rest.isEmpty()) {
            return path;
        }
        List<Expr> parts = new ArrayList<>();
        parts.add(path);
        pathParts(parts, rest);
        return new Expr.ConcatStrings(at, false, parts);
    }

    private String resolvePath(boolean home, String literal) {
        return home ? PathLiterals.resolveHome(literal, homeDirectory)
                : PathLiterals.resolve(literal, source.baseDirectory());
    }

    private void pathParts(List<Expr> parts, List<PathPartContext> rest) {
        for (PathPartContext part : rest) {
            parts.add(part.PATH_FRAGMENT() != null
                    ? new Expr.Str(pos(part.start), part.getText())
                    : expr(part.expr()));
        }
    }

    /** A {@code "..."} string: a plain string, or a concatenation when it interpolates. */
    Expr string(Pos at, List<StringPartContext> parts) {
        List<Expr> pieces = new ArrayList<>();
        StringBuilder text = null;
        Pos textPos = null;
        boolean interpolated = false;
        for (StringPartContext part : parts) {
            if (part.expr() != null) {
                if (text != null) {
                    pieces.add(new Expr.Str(textPos, text.toString()));
                    text = null;
                }
                pieces.add(expr(part.expr()));
                interpolated = true;
            } else {
                if (text == null) {
                    text = new StringBuilder();
                    textPos = pos(part.start);
                }
                text.append(StringEscapes.unescape(part.getText()));
            }
        }
        if (text != null) {
            pieces.add(new Expr.Str(textPos, text.toString()));
        }
        if (!interpolated) {
            return pieces.isEmpty() ? new Expr.Str(at, "") : new Expr.Str(at, ((Expr.Str) pieces.get(0)).value());
        }
        return new Expr.ConcatStrings(pos(parts.get(0).start), true, pieces);
    }

    private Expr indentedString(Pos at, List<IndStringPartContext> parts) {
        List<IndentedStrings.Part> pieces = new ArrayList<>(parts.size());
        for (IndStringPartContext part : parts) {
            Pos partPos = pos(part.start);
            if (part.expr() != null) {
                pieces.add(new IndentedStrings.Part.Interpolation(partPos, expr(part.expr())));
                continue;
            }
            String text = part.getText();
            pieces.add(switch (part.start.getType()) {
                case IND_STR -> new IndentedStrings.Part.Text(partPos, text, true);
                case IND_ESC_DOLLAR, IND_DOLLAR -> new IndentedStrings.Part.Text(partPos, "$", false);
                case IND_ESC_QUOTES -> new IndentedStrings.Part.Text(partPos, "''", false);
                case IND_ESC_CHAR -> new IndentedStrings.Part.Text(partPos, StringEscapes.unescape(text.substring(2)), false);
                default -> new IndentedStrings.Part.Text(partPos, "'", false);
            });
        }
        return IndentedStrings.strip(at, pieces);
    }

    List<AttrName> attrPath(AttrPathContext c) {
        List<AttrName> path = new ArrayList<>(c.attrPathElement().size());
        for (AttrPathElementContext e : c.attrPathElement()) {
            path.add(e.attrName() != null ? new AttrName.Static(e.attrName().getText()) : stringAttr(e.stringAttr()));
        }
        return path;
    }

    /** {@code "a"} and {@code ${"a"}} name an attribute statically; anything else computes the name. */
    AttrName stringAttr(StringAttrContext c) {
        Expr name = c.DOLLAR_CURLY() != null ? expr(c.expr()) : string(pos(c.start), c.stringPart());
        return name instanceof Expr.Str s ? new AttrName.Static(s.value()) : new AttrName.Dynamic(name);
    }

    /** The doc comment ({@code /** ... *}{@code /}) directly before a token, if any. */
    String doc(Token token) {
        List<Token> hidden = tokens.getHiddenTokensToLeft(token.getTokenIndex(), NixLexer.DOC);
        return hidden == null || hidden.isEmpty() ? null : hidden.get(hidden.size() - 1).getText();
    }

    Pos pos(Token token) {
        return new Pos(source, token.getStartIndex());
    }

    private Expr.Var var(Token at, String name) {
        return new Expr.Var(pos(at), name);
    }

    private static IllegalStateException unknown(Object context) {
        return new IllegalStateException("grammar alternative without a builder: " + context.getClass().getSimpleName());
    }
}
