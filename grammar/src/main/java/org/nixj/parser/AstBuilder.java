package org.nixj.parser;

import static org.nixj.grammar.antlr.NixParser.*;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.nixj.grammar.antlr.NixLexer;
import org.nixj.source.Pos;
import org.nixj.source.Source;
import org.nixj.syntax.AttrName;
import org.nixj.syntax.BinaryOperator;
import org.nixj.syntax.Expr;
import org.nixj.syntax.Formal;
import org.nixj.syntax.Formals;

/**
 * Builds the AST while the parser runs, as Nix's grammar actions do: when a rule completes, its value is
 * computed from its children's values and tokens, stored on its {@link AstContext}, and its children are
 * dropped. Like bison's actions this does Nix's desugaring (operators into calls, nested attribute paths into
 * nested sets, {@code inherit} forms, string parts, indentation stripping, path resolution) and the checks
 * Nix makes while parsing (duplicate attributes and formals, chained non-associative operators, dynamic
 * attributes where they are not allowed, literal ranges).
 */
final class AstBuilder implements ParseTreeListener {
    private final Source source;
    private final BufferedTokenStream tokens;
    private final String homeDirectory;
    private final FailureFlag failure;

    AstBuilder(Source source, BufferedTokenStream tokens, String homeDirectory, FailureFlag failure) {
        this.source = source;
        this.tokens = tokens;
        this.homeDirectory = homeDirectory;
        this.failure = failure;
    }

    /** The AST of a completed parse. */
    static Expr result(FileContext file) {
        return (Expr) value(file);
    }

    @Override
    public void exitEveryRule(ParserRuleContext ctx) {
        if (failure.raised()) {
            return; // the rule exits because an error is propagating; its children may be incomplete
        }
        AstContext node = (AstContext) ctx;
        try {
            node.value = reduce(ctx);
        } catch (RuntimeException e) {
            failure.raise();
            throw e;
        }
        node.children = null;
    }

    @Override
    public void enterEveryRule(ParserRuleContext ctx) {}

    @Override
    public void visitTerminal(TerminalNode node) {}

    @Override
    public void visitErrorNode(ErrorNode node) {}

    private Object reduce(ParserRuleContext ctx) {
        return switch (ctx) {
            case FileContext f -> expr(f.expr());
            case ExprContext e -> value(e.exprFunction());
            case ExprFunctionContext f -> exprFunction(f);
            case ExprIfContext i -> exprIf(i);
            case ExprOpContext o -> exprOp(o);
            case ExprAppContext a -> exprApp(a);
            case ExprSelectContext s -> exprSelect(s);
            case ExprSimpleContext s -> exprSimple(s);
            case StringPartContext p -> p.expr() != null ? expr(p.expr()) : StringEscapes.unescape(p.getText());
            case IndStringPartContext p -> indStringPart(p);
            case PathPartContext p -> p.expr() != null ? expr(p.expr()) : new Expr.Str(pos(p.start), p.getText());
            case BindsContext b -> bindings(b);
            case BindingContext b ->
                    new AttrSetBuilder.Assignment(attrPathValue(b.attrPath()), pos(b.start), withDoc(b, expr(b.expr())));
            case InheritContext i -> inherit(i);
            case InheritNameContext n -> new AttrSetBuilder.InheritedName(pos(n.start),
                    n.attrName() != null ? new AttrName.Static((String) value(n.attrName())) : (AttrName) value(n.stringAttr()));
            case AttrPathContext p -> attrPath(p);
            case AttrPathElementContext e -> e.attrName() != null ? new AttrName.Static((String) value(e.attrName())) : value(e.stringAttr());
            case AttrNameContext n -> n.getText();
            case StringAttrContext s -> stringAttr(s);
            case FormalSetContext f -> formalSet(f);
            case FormalContext f -> new Formal(pos(f.start), f.ID().getText(), f.expr() == null ? null : expr(f.expr()));
            default -> throw unknown(ctx);
        };
    }

    static Object value(ParserRuleContext ctx) {
        return ((AstContext) ctx).value;
    }

    static Expr expr(ParserRuleContext ctx) {
        return (Expr) ((AstContext) ctx).value;
    }

    private AttrSetBuilder bindings(BindsContext binds) {
        AttrSetBuilder builder = new AttrSetBuilder(source);
        for (BindContext bind : binds.bind()) {
            builder.add((AttrSetBuilder.Bind) value(bind));
        }
        return builder;
    }

    private AttrSetBuilder.Inherit inherit(InheritContext c) {
        List<AttrSetBuilder.InheritedName> names = new ArrayList<>();
        for (InheritNameContext n : c.inheritName()) {
            names.add((AttrSetBuilder.InheritedName) value(n));
        }
        Expr from = c.expr() == null ? null : expr(c.expr());
        return new AttrSetBuilder.Inherit(from, from == null ? null : pos(c.expr().start), names);
    }

    /** A doc comment before {@code f = x: ...;} documents the function. */
    private Expr withDoc(BindingContext b, Expr value) {
        if (value instanceof Expr.Lambda l && l.doc() == null) {
            String doc = doc(b.start);
            if (doc != null) {
                return new Expr.Lambda(l.pos(), l.arg(), l.formals(), l.body(), doc);
            }
        }
        return value;
    }

    private Expr exprFunction(ExprFunctionContext c) {
        return switch (c) {
            case SimpleLambdaContext l ->
                    new Expr.Lambda(pos(l.start), l.ID().getText(), null, expr(l.exprFunction()), doc(l.start));
            case FormalsLambdaContext l -> lambda(l.start, null, l.formalSet(), l.exprFunction());
            case FormalsAtLambdaContext l -> lambda(l.start, l.ID().getText(), l.formalSet(), l.exprFunction());
            case AtFormalsLambdaContext l -> lambda(l.start, l.ID().getText(), l.formalSet(), l.exprFunction());
            case AssertContext a -> new Expr.Assert(pos(a.start), expr(a.expr()), expr(a.exprFunction()));
            case WithContext w -> new Expr.With(pos(w.start), expr(w.expr()), expr(w.exprFunction()));
            case LetContext l -> {
                Expr.AttrSet bindings = ((AttrSetBuilder) value(l.binds())).build(pos(l.start), false);
                if (!bindings.dynamicBindings().isEmpty()) {
                    throw new ParseError("dynamic attributes not allowed in let", pos(l.start));
                }
                yield new Expr.Let(pos(l.start), bindings, expr(l.exprFunction()));
            }
            case IfLevelContext i -> expr(i.exprIf());
            default -> throw unknown(c);
        };
    }

    private Expr lambda(Token start, String arg, FormalSetContext set, ExprFunctionContext body) {
        Formals formals = (Formals) value(set);
        Pos lambdaPos = pos(start);
        FormalsCheck.rejectDuplicates(formals, arg, lambdaPos);
        return new Expr.Lambda(lambdaPos, arg, formals, expr(body), doc(start));
    }

    private Formals formalSet(FormalSetContext set) {
        List<Formal> formals = new ArrayList<>();
        for (FormalContext f : set.formal()) {
            formals.add((Formal) value(f));
        }
        return new Formals(formals, set.ELLIPSIS() != null);
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
            Expr result = expr(operands.get(0));
            for (int i = 1; i < operands.size(); i++) {
                result = call(pos(p.PIPE_INTO(i - 1).getSymbol()), expr(operands.get(i)), result);
            }
            return result;
        }
        Expr result = expr(operands.get(operands.size() - 1));
        for (int i = operands.size() - 2; i >= 0; i--) {
            result = call(pos(p.PIPE_FROM(i).getSymbol()), expr(operands.get(i)), result);
        }
        return result;
    }

    private Expr exprOp(ExprOpContext c) {
        return switch (c) {
            case NegateContext n ->
                    new Expr.Call(pos(n.start), var(n.start, "__sub"), List.of(new Expr.Int(pos(n.start), 0), expr(n.exprOp())));
            case HasAttrContext h -> new Expr.HasAttr(pos(h.QUESTION().getSymbol()), expr(h.exprOp()), attrPathValue(h.attrPath()));
            case ConcatContext k -> binary(k.CONCAT().getSymbol(), BinaryOperator.CONCAT_LISTS, k.exprOp(0), k.exprOp(1));
            case MulDivContext m -> arithmetic(m.op, m.op.getType() == STAR ? "__mul" : "__div", m.exprOp(0), m.exprOp(1));
            case AddSubContext a -> a.op.getType() == PLUS
                    ? new Expr.ConcatStrings(pos(a.op), false, List.of(expr(a.exprOp(0)), expr(a.exprOp(1))))
                    : arithmetic(a.op, "__sub", a.exprOp(0), a.exprOp(1));
            case NotContext n -> new Expr.Not(pos(n.start), expr(n.exprOp()));
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
            case AppContext a -> expr(a.exprApp());
            default -> throw unknown(c);
        };
    }

    private Expr binary(Token operator, BinaryOperator op, ExprOpContext left, ExprOpContext right) {
        return new Expr.BinaryOp(pos(operator), op, expr(left), expr(right));
    }

    private Expr arithmetic(Token operator, String function, ExprOpContext left, ExprOpContext right) {
        return new Expr.Call(pos(operator), var(operator, function), List.of(expr(left), expr(right)));
    }

    /** {@code a > b} is {@code __lessThan b a}; {@code a <= b} is {@code !(__lessThan b a)}. */
    private Expr compare(CompareContext c) {
        if (c.exprOp(0) instanceof CompareContext) {
            throw SyntaxErrorStrategy.unexpected(source, c.op);
        }
        Expr left = expr(c.exprOp(0));
        Expr right = expr(c.exprOp(1));
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
        Expr function = expr(parts.get(0));
        if (parts.size() == 1) {
            return function;
        }
        // Nix adds the arguments to an existing call: `(f a) b` is `f a b`.
        Pos at = pos(c.start);
        List<Expr> args = new ArrayList<>(parts.size() - 1);
        if (function instanceof Expr.Call existing) {
            at = existing.pos();
            args.addAll(existing.args());
            function = existing.function();
        }
        for (int i = 1; i < parts.size(); i++) {
            args.add(expr(parts.get(i)));
        }
        return new Expr.Call(at, function, args);
    }

    /** Nix adds an argument to an existing call rather than nesting: {@code (f a) b} is {@code f a b}. */
    private static Expr call(Pos pos, Expr function, Expr argument) {
        if (function instanceof Expr.Call existing) {
            List<Expr> args = new ArrayList<>(existing.args().size() + 1);
            args.addAll(existing.args());
            args.add(argument);
            return new Expr.Call(existing.pos(), existing.function(), args);
        }
        return new Expr.Call(pos, function, List.of(argument));
    }

    private Expr exprSelect(ExprSelectContext c) {
        Expr target = expr(c.exprSimple());
        if (c.DOT() != null) {
            Expr orDefault = c.exprSelect() == null ? null : expr(c.exprSelect());
            return new Expr.Select(pos(c.start), target, attrPathValue(c.attrPath()), orDefault);
        }
        if (c.OR_KW() != null) {
            // Backwards compatibility in Nix: `f or` applies f to a variable named `or`.
            Pos at = pos(c.start);
            return new Expr.Call(at, target, List.of(new Expr.Var(at, "or")));
        }
        return target;
    }

    private Expr exprSimple(ExprSimpleContext c) {
        Pos at = pos(c.start);
        return switch (c) {
            case VarContext v -> {
                String name = v.start.getText();
                yield name.equals("__curPos") ? new Expr.CurPos(at) : new Expr.Var(at, name);
            }
            case IntContext i -> new Expr.Int(at, Literals.parseInt(i.start, at));
            case FloatContext f -> new Expr.Float(at, Literals.parseFloat(f.start, at));
            case StringContext s -> string(at, s.stringPart());
            case IndStringContext s -> indentedString(at, s.indStringPart());
            case PathContext p -> path(at, p.start, p.pathPart());
            case InterpolatedPathContext p -> {
                List<Expr> parts = new ArrayList<>();
                String literal = p.start.getText().substring(0, p.start.getText().length() - 2);
                parts.add(new Expr.Path(at, resolvePath(p.start.getType() == HPATH_INTERP_START, literal)));
                parts.add(expr(p.expr()));
                for (PathPartContext part : p.pathPart()) {
                    parts.add(expr(part));
                }
                yield new Expr.ConcatStrings(at, false, parts);
            }
            case SearchPathContext s -> {
                String text = s.start.getText();
                yield new Expr.Call(at, new Expr.Var(at, "__findFile"),
                        List.of(new Expr.Var(at, "__nixPath"), new Expr.Str(at, text.substring(1, text.length() - 1))));
            }
            case UriContext u -> new Expr.Str(at, u.start.getText());
            case ParensContext p -> expr(p.expr());
            case LegacyLetContext l -> new Expr.Select(at, ((AttrSetBuilder) value(l.binds())).build(at, true),
                    List.of(new AttrName.Static("body")), null);
            case RecAttrsContext r -> ((AttrSetBuilder) value(r.binds())).build(at, true);
            case AttrsContext a -> ((AttrSetBuilder) value(a.binds())).build(at, false);
            case ListContext l -> {
                List<ExprSelectContext> items = l.exprSelect();
                List<Expr> elements = new ArrayList<>(items.size());
                for (ExprSelectContext e : items) {
                    elements.add(expr(e));
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
        List<Expr> parts = new ArrayList<>(rest.size() + 1);
        parts.add(path);
        for (PathPartContext part : rest) {
            parts.add(expr(part));
        }
        return new Expr.ConcatStrings(at, false, parts);
    }

    private String resolvePath(boolean home, String literal) {
        return home ? PathLiterals.resolveHome(literal, homeDirectory)
                : PathLiterals.resolve(literal, source.baseDirectory());
    }

    /**
     * A {@code "..."} string from its parts (each a piece of text or an interpolated expression): a plain
     * string, or a concatenation when it interpolates.
     */
    private Expr string(Pos at, List<StringPartContext> parts) {
        List<Expr> pieces = new ArrayList<>();
        StringBuilder text = null;
        Pos textPos = null;
        boolean interpolated = false;
        for (StringPartContext part : parts) {
            if (value(part) instanceof Expr e) {
                if (text != null) {
                    pieces.add(new Expr.Str(textPos, text.toString()));
                    text = null;
                }
                pieces.add(e);
                interpolated = true;
            } else {
                if (text == null) {
                    text = new StringBuilder();
                    textPos = pos(part.start);
                }
                text.append((String) value(part));
            }
        }
        if (!interpolated) {
            return new Expr.Str(at, text == null ? "" : text.toString());
        }
        if (text != null) {
            pieces.add(new Expr.Str(textPos, text.toString()));
        }
        return new Expr.ConcatStrings(pos(parts.get(0).start), true, pieces);
    }

    private IndentedStrings.Part indStringPart(IndStringPartContext part) {
        Pos partPos = pos(part.start);
        if (part.expr() != null) {
            return new IndentedStrings.Part.Interpolation(partPos, expr(part.expr()));
        }
        String text = part.start.getText();
        return switch (part.start.getType()) {
            case IND_STR -> new IndentedStrings.Part.Text(partPos, text, true);
            case IND_ESC_DOLLAR, IND_DOLLAR -> new IndentedStrings.Part.Text(partPos, "$", false);
            case IND_ESC_QUOTES -> new IndentedStrings.Part.Text(partPos, "''", false);
            case IND_ESC_CHAR -> new IndentedStrings.Part.Text(partPos, StringEscapes.unescape(text.substring(2)), false);
            default -> new IndentedStrings.Part.Text(partPos, "'", false);
        };
    }

    private Expr indentedString(Pos at, List<IndStringPartContext> parts) {
        List<IndentedStrings.Part> pieces = new ArrayList<>(parts.size());
        for (IndStringPartContext part : parts) {
            pieces.add((IndentedStrings.Part) value(part));
        }
        return IndentedStrings.strip(at, pieces);
    }

    private List<AttrName> attrPath(AttrPathContext c) {
        List<AttrPathElementContext> elements = c.attrPathElement();
        List<AttrName> path = new ArrayList<>(elements.size());
        for (AttrPathElementContext e : elements) {
            path.add((AttrName) value(e));
        }
        return path;
    }

    @SuppressWarnings("unchecked")
    static List<AttrName> attrPathValue(AttrPathContext c) {
        return (List<AttrName>) value(c);
    }

    /**
     * {@code "a"} names an attribute statically; {@code "a${b}"} and any {@code ${e}} (even {@code ${"a"}},
     * as in current Nix's grammar) compute the name.
     */
    private AttrName stringAttr(StringAttrContext c) {
        if (c.DOLLAR_CURLY() != null) {
            return new AttrName.Dynamic(expr(c.expr()));
        }
        Expr name = string(pos(c.start), c.stringPart());
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
