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
    private final GrammarActions actions;
    private final FailureFlag failure;

    AstBuilder(Source source, BufferedTokenStream tokens, String homeDirectory, FailureFlag failure) {
        this.source = source;
        this.tokens = tokens;
        this.actions = new GrammarActions(source, homeDirectory);
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
            case StringPartContext p -> p.expr() != null ? expr(p.expr()) : StringTokens.refuseNul(StringEscapes.unescape(p.getText()), pos(p.start));
            case IndStringPartContext p -> indStringPart(p);
            case PathPartContext p -> p.expr() != null ? expr(p.expr()) : GrammarActions.pathFragment(pos(p.start), p.getText());
            case BindsContext b -> bindings(b);
            case BindingContext b ->
                    GrammarActions.assignment(attrPathValue(b.attrPath()), pos(b.start), expr(b.expr()), () -> doc(b.start));
            case InheritContext i -> inherit(i);
            case InheritNameContext n -> new AttrSetBuilder.InheritedName(pos(n.start),
                    n.attrName() != null ? new AttrName.Static((String) value(n.attrName())) : (AttrName) value(n.stringAttr()));
            case AttrPathContext p -> attrPath(p);
            case AttrPathElementContext e -> e.attrName() != null ? new AttrName.Static((String) value(e.attrName())) : value(e.stringAttr());
            case AttrNameContext n -> n.getText();
            case StringAttrContext s -> stringAttr(s);
            case FormalSetContext f -> formalSet(f);
            case FormalContext f -> GrammarActions.formal(pos(f.start), f.ID().getText(), f.expr() == null ? null : expr(f.expr()));
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
        AttrSetBuilder builder = actions.bindings();
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

    private Expr exprFunction(ExprFunctionContext c) {
        return switch (c) {
            case SimpleLambdaContext l ->
                    GrammarActions.simpleLambda(pos(l.start), l.ID().getText(), expr(l.exprFunction()), doc(l.start));
            case FormalsLambdaContext l -> lambda(l.start, null, l.formalSet(), l.exprFunction());
            case FormalsAtLambdaContext l -> lambda(l.start, l.ID().getText(), l.formalSet(), l.exprFunction());
            case AtFormalsLambdaContext l -> lambda(l.start, l.ID().getText(), l.formalSet(), l.exprFunction());
            case AssertContext a -> GrammarActions.assertion(pos(a.start), expr(a.expr()), expr(a.exprFunction()));
            case WithContext w -> GrammarActions.with(pos(w.start), expr(w.expr()), expr(w.exprFunction()));
            case LetContext l -> GrammarActions.let(pos(l.start), (AttrSetBuilder) value(l.binds()), expr(l.exprFunction()));
            case IfLevelContext i -> expr(i.exprIf());
            default -> throw unknown(c);
        };
    }

    private Expr lambda(Token start, String arg, FormalSetContext set, ExprFunctionContext body) {
        return GrammarActions.lambda(pos(start), arg, (Formals) value(set), expr(body), doc(start));
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
            case IfContext i -> GrammarActions.ifThenElse(pos(i.start), expr(i.expr(0)), expr(i.expr(1)), expr(i.expr(2)));
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
                result = GrammarActions.pipe(pos(p.PIPE_INTO(i - 1).getSymbol()), expr(operands.get(i)), result);
            }
            return result;
        }
        Expr result = expr(operands.get(operands.size() - 1));
        for (int i = operands.size() - 2; i >= 0; i--) {
            result = GrammarActions.pipe(pos(p.PIPE_FROM(i).getSymbol()), expr(operands.get(i)), result);
        }
        return result;
    }

    private Expr exprOp(ExprOpContext c) {
        return switch (c) {
            case NegateContext n -> GrammarActions.negate(pos(n.start), expr(n.exprOp()));
            case HasAttrContext h -> GrammarActions.hasAttr(pos(h.QUESTION().getSymbol()), expr(h.exprOp()), attrPathValue(h.attrPath()));
            case ConcatContext k -> binary(k.CONCAT().getSymbol(), BinaryOperator.CONCAT_LISTS, k.exprOp(0), k.exprOp(1));
            case MulDivContext m -> arithmetic(m.op, m.op.getType() == STAR ? "__mul" : "__div", m.exprOp(0), m.exprOp(1));
            case AddSubContext a -> a.op.getType() == PLUS
                    ? GrammarActions.add(pos(a.op), expr(a.exprOp(0)), expr(a.exprOp(1)))
                    : arithmetic(a.op, "__sub", a.exprOp(0), a.exprOp(1));
            case NotContext n -> GrammarActions.not(pos(n.start), expr(n.exprOp()));
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
        return GrammarActions.binary(pos(operator), op, expr(left), expr(right));
    }

    private Expr arithmetic(Token operator, String function, ExprOpContext left, ExprOpContext right) {
        return GrammarActions.arithmetic(pos(operator), function, expr(left), expr(right));
    }

    /** {@code a > b} is {@code __lessThan b a}; {@code a <= b} is {@code !(__lessThan b a)}. */
    private Expr compare(CompareContext c) {
        if (c.exprOp(0) instanceof CompareContext) {
            throw SyntaxErrorStrategy.unexpected(source, c.op);
        }
        GrammarActions.Comparison op = switch (c.op.getType()) {
            case LT -> GrammarActions.Comparison.LT;
            case GT -> GrammarActions.Comparison.GT;
            case LEQ -> GrammarActions.Comparison.LEQ;
            default -> GrammarActions.Comparison.GEQ;
        };
        return GrammarActions.compare(pos(c.op), op, expr(c.exprOp(0)), expr(c.exprOp(1)));
    }

    private Expr exprApp(ExprAppContext c) {
        List<ExprSelectContext> parts = c.exprSelect();
        Expr function = expr(parts.get(0));
        if (parts.size() == 1) {
            return function;
        }
        List<Expr> args = new ArrayList<>(parts.size() - 1);
        for (int i = 1; i < parts.size(); i++) {
            args.add(expr(parts.get(i)));
        }
        return GrammarActions.apply(pos(c.start), function, args);
    }

    private Expr exprSelect(ExprSelectContext c) {
        Expr target = expr(c.exprSimple());
        if (c.DOT() != null) {
            Expr orDefault = c.exprSelect() == null ? null : expr(c.exprSelect());
            return GrammarActions.select(pos(c.start), target, attrPathValue(c.attrPath()), orDefault);
        }
        if (c.OR_KW() != null) {
            return GrammarActions.applyToOr(pos(c.start), target);
        }
        return target;
    }

    private Expr exprSimple(ExprSimpleContext c) {
        Pos at = pos(c.start);
        return switch (c) {
            case VarContext v -> GrammarActions.variable(at, v.start.getText());
            case IntContext i -> GrammarActions.integer(at, i.start.getText());
            case FloatContext f -> GrammarActions.floating(at, f.start.getText());
            case StringContext s -> string(at, s.stringPart());
            case IndStringContext s -> indentedString(at, s.indStringPart());
            case PathContext p -> path(at, p.start, p.pathPart());
            case InterpolatedPathContext p -> {
                List<Expr> parts = new ArrayList<>();
                parts.add(expr(p.expr()));
                for (PathPartContext part : p.pathPart()) {
                    parts.add(expr(part));
                }
                String text = p.start.getText();
                yield actions.path(at, p.start.getType() == HPATH_INTERP_START, text.substring(0, text.length() - 2), parts);
            }
            case SearchPathContext s -> GrammarActions.searchPath(at, s.start.getText());
            case UriContext u -> GrammarActions.uri(at, u.start.getText());
            case ParensContext p -> expr(p.expr());
            case LegacyLetContext l -> GrammarActions.legacyLet(at, (AttrSetBuilder) value(l.binds()));
            case RecAttrsContext r -> ((AttrSetBuilder) value(r.binds())).build(at, true);
            case AttrsContext a -> ((AttrSetBuilder) value(a.binds())).build(at, false);
            case ListContext l -> {
                List<ExprSelectContext> items = l.exprSelect();
                List<Expr> elements = new ArrayList<>(items.size());
                for (ExprSelectContext e : items) {
                    elements.add(expr(e));
                }
                yield GrammarActions.list(at, elements);
            }
            default -> throw unknown(c);
        };
    }

    private Expr path(Pos at, Token first, List<PathPartContext> rest) {
        List<Expr> parts = new ArrayList<>(rest.size());
        for (PathPartContext part : rest) {
            parts.add(expr(part));
        }
        return actions.path(at, first.getType() == HPATH, first.getText(), parts);
    }

    /**
     * A {@code "..."} string from its parts (each a piece of text or an interpolated expression): a plain
     * string, or a concatenation when it interpolates.
     */
    private Expr string(Pos at, List<StringPartContext> parts) {
        GrammarActions.StringParts pieces = new GrammarActions.StringParts();
        for (StringPartContext part : parts) {
            if (value(part) instanceof Expr e) {
                pieces.interpolation(pos(part.start), e);
            } else {
                pieces.text(pos(part.start), (String) value(part));
            }
        }
        return pieces.build(at);
    }

    private IndentedStrings.Part indStringPart(IndStringPartContext part) {
        Pos partPos = pos(part.start);
        if (part.expr() != null) {
            return new IndentedStrings.Part.Interpolation(partPos, expr(part.expr()));
        }
        GrammarActions.IndentedText kind = switch (part.start.getType()) {
            case IND_STR -> GrammarActions.IndentedText.RAW;
            case IND_ESC_DOLLAR, IND_DOLLAR -> GrammarActions.IndentedText.DOLLAR;
            case IND_ESC_QUOTES -> GrammarActions.IndentedText.QUOTES;
            case IND_ESC_CHAR -> GrammarActions.IndentedText.ESCAPED_CHAR;
            default -> GrammarActions.IndentedText.QUOTE;
        };
        return GrammarActions.indentedText(partPos, kind, part.start.getText());
    }

    private Expr indentedString(Pos at, List<IndStringPartContext> parts) {
        List<IndentedStrings.Part> pieces = new ArrayList<>(parts.size());
        for (IndStringPartContext part : parts) {
            pieces.add((IndentedStrings.Part) value(part));
        }
        return GrammarActions.indentedString(at, pieces);
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
            return GrammarActions.dynamicAttr(expr(c.expr()));
        }
        return GrammarActions.stringAttr(string(pos(c.start), c.stringPart()));
    }

    /** The doc comment ({@code /** ... *}{@code /}) directly before a token, if any. */
    String doc(Token token) {
        List<Token> hidden = tokens.getHiddenTokensToLeft(token.getTokenIndex(), NixLexer.DOC);
        return hidden == null || hidden.isEmpty() ? null : hidden.get(hidden.size() - 1).getText();
    }

    Pos pos(Token token) {
        return new Pos(source, token.getStartIndex());
    }

    private static IllegalStateException unknown(Object context) {
        return new IllegalStateException("grammar alternative without a builder: " + context.getClass().getSimpleName());
    }
}
