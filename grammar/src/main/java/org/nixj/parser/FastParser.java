package org.nixj.parser;

import static org.nixj.parser.Scanner.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nixj.source.Pos;
import org.nixj.source.Source;
import org.nixj.syntax.AttrName;
import org.nixj.syntax.BinaryOperator;
import org.nixj.syntax.Expr;
import org.nixj.syntax.Formal;
import org.nixj.syntax.Formals;

/**
 * The fast front end: a recursive-descent parser over the {@link Scanner}'s tokens that builds the AST with
 * the same {@link GrammarActions} as the ANTLR front end.
 *
 * <p>It follows {@code NixParser.g4} decision by decision, including its operator precedences (the levels
 * ANTLR gives the alternatives of {@code exprOp}, highest first) and its prefix operators' reach. It handles
 * valid input only: on a syntax error, or a parse-time error from an action (duplicate attribute, invalid
 * number, ...), it gives up with {@link Bail} and the ANTLR front end parses the input again, producing
 * Nix's error message.
 */
final class FastParser {
    /** The fast front end gives up; the input is handed to the ANTLR front end. */
    static final class Bail extends RuntimeException {
        Bail(String reason) {
            super(reason, null, false, false);
        }
    }

    // The precedence levels of exprOp's alternatives, as ANTLR numbers them (listed first = highest).
    private static final int NEGATE = 13, HAS_ATTR = 12, CONCAT_LEVEL = 11, MUL_DIV = 10, ADD_SUB = 9, NOT_LEVEL = 8,
            UPDATE_LEVEL = 7, COMPARE = 6, EQUALITY = 5, AND_LEVEL = 4, OR_LEVEL = 3, IMPL_LEVEL = 2, APP = 0;

    private final String text;
    private final Scanner tokens;
    private final int[] kind;
    private final GrammarActions actions;
    private final Source source;
    private int at;
    /** Each distinct identifier's one copy (see {@link #text}). */
    private final Map<String, String> names = new HashMap<>();

    private FastParser(Source source, Scanner tokens, GrammarActions actions) {
        this.source = source;
        this.text = source.text();
        this.tokens = tokens;
        this.kind = tokens.kind;
        this.actions = actions;
    }

    /**
     * Parses {@code source}; throws {@link Bail} on anything it does not handle and {@link ParseError} when
     * an action rejects the input (the caller then parses with ANTLR, for the error Nix would give).
     */
    static Expr parse(Source source, String homeDirectory) {
        FastParser parser = new FastParser(source, Scanner.scan(source.text()), new GrammarActions(source, homeDirectory));
        Expr e = parser.expr();
        parser.expect(EOF);
        return e;
    }

    // ---------------------------------------------------------------- tokens

    private int peek() {
        return kind[at];
    }

    private int peek(int ahead) {
        int i = at + ahead;
        return i < tokens.count ? kind[i] : EOF;
    }

    private void expect(int k) {
        if (kind[at] != k) {
            throw new Bail("unexpected token");
        }
        at++;
    }

    private Pos pos(int token) {
        return new Pos(source, tokens.start[token]);
    }

    /**
     * The token's text. Identifiers (variables, attribute names, formals) repeat throughout a file, so each
     * distinct one is kept once: a large file's AST otherwise holds millions of copies of the same few names.
     */
    private String text(int token) {
        String t = text.substring(tokens.start[token], tokens.end[token]);
        return kind[token] == ID ? names.computeIfAbsent(t, n -> n) : t;
    }

    // ---------------------------------------------------------------- expressions

    private Expr expr() {
        int first = at;
        switch (peek()) {
            case ID -> {
                if (peek(1) == COLON) {
                    at += 2;
                    return GrammarActions.simpleLambda(pos(first), text(first), expr(), tokens.doc(first));
                }
                if (peek(1) == AT) {
                    at += 2;
                    Formals formals = formalSet();
                    expect(COLON);
                    return GrammarActions.lambda(pos(first), text(first), formals, expr(), tokens.doc(first));
                }
            }
            case LBRACE -> {
                if (startsFormals()) {
                    Formals formals = formalSet();
                    String arg = null;
                    if (peek() == AT) {
                        at++;
                        int name = at;
                        expect(ID);
                        arg = text(name);
                    }
                    expect(COLON);
                    return GrammarActions.lambda(pos(first), arg, formals, expr(), tokens.doc(first));
                }
            }
            case ASSERT -> {
                at++;
                Expr condition = expr();
                expect(SEMI);
                return GrammarActions.assertion(pos(first), condition, expr());
            }
            case WITH -> {
                at++;
                Expr scope = expr();
                expect(SEMI);
                return GrammarActions.with(pos(first), scope, expr());
            }
            case LET -> {
                if (peek(1) != LBRACE) {
                    at++;
                    AttrSetBuilder binds = binds();
                    expect(IN);
                    return GrammarActions.let(pos(first), binds, expr());
                }
            }
            case IF -> {
                at++;
                Expr condition = expr();
                expect(THEN);
                Expr consequent = expr();
                expect(ELSE);
                return GrammarActions.ifThenElse(pos(first), condition, consequent, expr());
            }
            default -> {}
        }
        return pipe();
    }

    /**
     * At a '{': whether a formals set follows, decided as the grammar's one long lookahead decides it:
     * <code>{ }</code> then ':' or '@', <code>{ ...</code>, <code>{ a,</code>, <code>{ a ?</code>, or <code>{ a }</code>
     * then ':' or '@'.
     */
    private boolean startsFormals() {
        return switch (peek(1)) {
            case RBRACE -> peek(2) == COLON || peek(2) == AT;
            case ELLIPSIS -> true;
            case ID -> switch (peek(2)) {
                case COMMA, QUESTION -> true;
                case RBRACE -> peek(3) == COLON || peek(3) == AT;
                default -> false;
            };
            default -> false;
        };
    }

    /** LBRACE ( formal (COMMA formal)* (COMMA ELLIPSIS?)? | ELLIPSIS )? RBRACE. */
    private Formals formalSet() {
        expect(LBRACE);
        List<Formal> formals = new ArrayList<>();
        boolean ellipsis = false;
        if (peek() == ELLIPSIS) {
            at++;
            ellipsis = true;
        } else if (peek() == ID) {
            formals.add(formal());
            while (peek() == COMMA) {
                at++;
                if (peek() == ELLIPSIS) {
                    at++;
                    ellipsis = true;
                    break;
                }
                if (peek() == RBRACE) {
                    break;
                }
                formals.add(formal());
            }
        }
        expect(RBRACE);
        return new Formals(formals, ellipsis);
    }

    private Formal formal() {
        int name = at;
        expect(ID);
        Expr defaultValue = null;
        if (peek() == QUESTION) {
            at++;
            defaultValue = expr();
        }
        return GrammarActions.formal(pos(name), text(name), defaultValue);
    }

    /** exprOp ( (PIPE_INTO exprOp)+ | (PIPE_FROM exprOp)+ )?. */
    private Expr pipe() {
        Expr first = exprOp(0);
        if (peek() == PIPE_INTO) {
            Expr result = first;
            while (peek() == PIPE_INTO) {
                Pos op = pos(at++);
                result = GrammarActions.pipe(op, exprOp(0), result);
            }
            return result;
        }
        if (peek() == PIPE_FROM) {
            List<Expr> operands = new ArrayList<>();
            List<Pos> ops = new ArrayList<>();
            operands.add(first);
            while (peek() == PIPE_FROM) {
                ops.add(pos(at++));
                operands.add(exprOp(0));
            }
            Expr result = operands.get(operands.size() - 1);
            for (int i = operands.size() - 2; i >= 0; i--) {
                result = GrammarActions.pipe(ops.get(i), operands.get(i), result);
            }
            return result;
        }
        return first;
    }

    /**
     * The operators at precedence {@code min} or above, climbing as ANTLR's rewrite of the left-recursive
     * {@code exprOp} does: a prefix operator's operand takes the operators from its own level up (so
     * {@code !a + b} is {@code !(a + b)}), a left-associative operator's right operand those above its level,
     * a right-associative one's those from its level. Chained non-associative operators bail (ANTLR reports
     * them).
     */
    private Expr exprOp(int min) {
        Expr left;
        int leftLevel;
        int first = at;
        switch (peek()) {
            case MINUS -> {
                at++;
                left = GrammarActions.negate(pos(first), exprOp(NEGATE));
                leftLevel = NEGATE;
            }
            case NOT -> {
                at++;
                left = GrammarActions.not(pos(first), exprOp(NOT_LEVEL));
                leftLevel = NOT_LEVEL;
            }
            default -> {
                left = exprApp();
                leftLevel = APP;
            }
        }
        while (true) {
            int op = at;
            int level = infixLevel(kind[op]);
            if (level < min) {
                return left;  // not an infix operator (level -1), or one binding less tightly than allowed here
            }
            if ((level == COMPARE || level == EQUALITY) && leftLevel == level) {
                throw new Bail("chained non-associative operator");
            }
            at++;
            Pos p = pos(op);
            left = switch (kind[op]) {
                case QUESTION -> GrammarActions.hasAttr(p, left, attrPath());
                // Right-associative: the right operand takes operators of the same level.
                case CONCAT -> GrammarActions.binary(p, BinaryOperator.CONCAT_LISTS, left, exprOp(level));
                case UPDATE -> GrammarActions.binary(p, BinaryOperator.UPDATE, left, exprOp(level));
                case IMPL -> GrammarActions.binary(p, BinaryOperator.IMPL, left, exprOp(level));
                // Left-associative (or non-associative): only tighter operators.
                case STAR -> GrammarActions.arithmetic(p, "__mul", left, exprOp(level + 1));
                case SLASH -> GrammarActions.arithmetic(p, "__div", left, exprOp(level + 1));
                case PLUS -> GrammarActions.add(p, left, exprOp(level + 1));
                case MINUS -> GrammarActions.arithmetic(p, "__sub", left, exprOp(level + 1));
                case LT -> GrammarActions.compare(p, GrammarActions.Comparison.LT, left, exprOp(level + 1));
                case GT -> GrammarActions.compare(p, GrammarActions.Comparison.GT, left, exprOp(level + 1));
                case LEQ -> GrammarActions.compare(p, GrammarActions.Comparison.LEQ, left, exprOp(level + 1));
                case GEQ -> GrammarActions.compare(p, GrammarActions.Comparison.GEQ, left, exprOp(level + 1));
                case EQ -> GrammarActions.binary(p, BinaryOperator.EQ, left, exprOp(level + 1));
                case NEQ -> GrammarActions.binary(p, BinaryOperator.NEQ, left, exprOp(level + 1));
                case AND -> GrammarActions.binary(p, BinaryOperator.AND, left, exprOp(level + 1));
                case OR -> GrammarActions.binary(p, BinaryOperator.OR, left, exprOp(level + 1));
                default -> throw new IllegalStateException("no infix operator: " + kind[op]);
            };
            leftLevel = level;
        }
    }

    /** The precedence level of an infix operator token, or -1 for any other token. */
    private static int infixLevel(int token) {
        return switch (token) {
            case QUESTION -> HAS_ATTR;
            case CONCAT -> CONCAT_LEVEL;
            case STAR, SLASH -> MUL_DIV;
            case PLUS, MINUS -> ADD_SUB;
            case UPDATE -> UPDATE_LEVEL;
            case LT, GT, LEQ, GEQ -> COMPARE;
            case EQ, NEQ -> EQUALITY;
            case AND -> AND_LEVEL;
            case OR -> OR_LEVEL;
            case IMPL -> IMPL_LEVEL;
            default -> -1;
        };
    }

    /** exprSelect+: a function and its arguments. */
    private Expr exprApp() {
        int first = at;
        Expr function = exprSelect();
        if (!startsSimple(peek())) {
            return function;
        }
        List<Expr> args = new ArrayList<>();
        do {
            args.add(exprSelect());
        } while (startsSimple(peek()));
        return GrammarActions.apply(pos(first), function, args);
    }

    private static boolean startsSimple(int k) {
        return switch (k) {
            case ID, INT, FLOAT, STRING_OPEN, IND_STRING_OPEN, PATH, HPATH, PATH_INTERP_START, HPATH_INTERP_START,
                 SPATH, URI, LPAREN, LET, REC, LBRACE, LBRACK -> true;
            default -> false;
        };
    }

    /** exprSimple ( DOT attrPath (OR_KW exprSelect)? | OR_KW )?. */
    private Expr exprSelect() {
        int first = at;
        Expr target = exprSimple();
        if (peek() == DOT) {
            at++;
            List<AttrName> path = attrPath();
            Expr orDefault = null;
            if (peek() == OR_KW) {
                at++;
                orDefault = exprSelect();
            }
            return GrammarActions.select(pos(first), target, path, orDefault);
        }
        if (peek() == OR_KW) {
            at++;
            return GrammarActions.applyToOr(pos(first), target);
        }
        return target;
    }

    private Expr exprSimple() {
        int first = at;
        Pos here = pos(first);
        switch (peek()) {
            case ID -> {
                at++;
                return GrammarActions.variable(here, text(first));
            }
            case INT -> {
                at++;
                return GrammarActions.integer(here, text(first));
            }
            case FLOAT -> {
                at++;
                return GrammarActions.floating(here, text(first));
            }
            case STRING_OPEN -> {
                return string();
            }
            case IND_STRING_OPEN -> {
                return indentedString();
            }
            case PATH, HPATH -> {
                at++;
                return actions.path(here, kind[first] == HPATH, text(first), pathParts());
            }
            case PATH_INTERP_START, HPATH_INTERP_START -> {
                at++;
                List<Expr> parts = new ArrayList<>();
                parts.add(expr());
                expect(RBRACE);
                parts.addAll(pathParts());
                String literal = text.substring(tokens.start[first], tokens.end[first] - 2);
                return actions.path(here, kind[first] == HPATH_INTERP_START, literal, parts);
            }
            case SPATH -> {
                at++;
                return GrammarActions.searchPath(here, text(first));
            }
            case URI -> {
                at++;
                return GrammarActions.uri(here, text(first));
            }
            case LPAREN -> {
                at++;
                Expr inner = expr();
                expect(RPAREN);
                return inner;
            }
            case LET -> {
                at++;
                expect(LBRACE);
                AttrSetBuilder binds = binds();
                expect(RBRACE);
                return GrammarActions.legacyLet(here, binds);
            }
            case REC -> {
                at++;
                expect(LBRACE);
                AttrSetBuilder binds = binds();
                expect(RBRACE);
                return binds.build(here, true);
            }
            case LBRACE -> {
                at++;
                AttrSetBuilder binds = binds();
                expect(RBRACE);
                return binds.build(here, false);
            }
            case LBRACK -> {
                at++;
                List<Expr> elements = new ArrayList<>();
                while (peek() != RBRACK) {
                    elements.add(exprSelect());
                }
                at++;
                return GrammarActions.list(here, elements);
            }
            default -> throw new Bail("unexpected token");
        }
    }

    /** pathPart*: literal fragments and interpolations after a path's first token. */
    private List<Expr> pathParts() {
        List<Expr> parts = List.of();
        while (true) {
            int part = at;
            Expr e;
            if (peek() == PATH_FRAGMENT) {
                at++;
                e = GrammarActions.pathFragment(pos(part), text(part));
            } else if (peek() == PATH_DOLLAR_CURLY) {
                at++;
                e = expr();
                expect(RBRACE);
            } else {
                return parts;
            }
            if (parts.isEmpty()) {
                parts = new ArrayList<>();
            }
            parts.add(e);
        }
    }

    /** STRING_OPEN stringPart* STRING_CLOSE. */
    private Expr string() {
        Pos open = pos(at);
        at++;
        GrammarActions.StringParts parts = new GrammarActions.StringParts();
        while (true) {
            int part = at;
            switch (peek()) {
                case STR, STR_DOLLAR -> {
                    at++;
                    parts.text(pos(part), StringTokens.refuseNul(StringEscapes.unescape(text(part)), pos(part)));
                }
                case DOLLAR_CURLY -> {
                    at++;
                    Expr e = expr();
                    expect(RBRACE);
                    parts.interpolation(pos(part), e);
                }
                case STRING_CLOSE -> {
                    at++;
                    return parts.build(open);
                }
                default -> throw new Bail("unterminated string");
            }
        }
    }

    /** IND_STRING_OPEN indStringPart* IND_STRING_CLOSE. */
    private Expr indentedString() {
        Pos open = pos(at);
        at++;
        List<IndentedStrings.Part> parts = new ArrayList<>();
        while (true) {
            int part = at;
            GrammarActions.IndentedText piece;
            switch (peek()) {
                case IND_STR -> piece = GrammarActions.IndentedText.RAW;
                case IND_ESC_DOLLAR, IND_DOLLAR -> piece = GrammarActions.IndentedText.DOLLAR;
                case IND_ESC_QUOTES -> piece = GrammarActions.IndentedText.QUOTES;
                case IND_ESC_CHAR -> piece = GrammarActions.IndentedText.ESCAPED_CHAR;
                case IND_QUOTE -> piece = GrammarActions.IndentedText.QUOTE;
                case DOLLAR_CURLY -> {
                    at++;
                    Expr e = expr();
                    expect(RBRACE);
                    parts.add(new IndentedStrings.Part.Interpolation(pos(part), e));
                    continue;
                }
                case IND_STRING_CLOSE -> {
                    at++;
                    return GrammarActions.indentedString(open, parts);
                }
                default -> throw new Bail("unterminated indented string");
            }
            at++;
            parts.add(GrammarActions.indentedText(pos(part), piece, text(part)));
        }
    }

    // ---------------------------------------------------------------- bindings and attribute paths

    /** bind*: assignments and inherits, up to whatever cannot start one. */
    private AttrSetBuilder binds() {
        AttrSetBuilder builder = actions.bindings();
        while (true) {
            int first = at;
            switch (peek()) {
                case INHERIT -> builder.add(inherit());
                case ID, OR_KW, STRING_OPEN, DOLLAR_CURLY -> {
                    List<AttrName> path = attrPath();
                    expect(ASSIGN);
                    Expr value = expr();
                    expect(SEMI);
                    builder.add(GrammarActions.assignment(path, pos(first), value, () -> tokens.doc(first)));
                }
                default -> {
                    return builder;
                }
            }
        }
    }

    /** INHERIT (LPAREN expr RPAREN)? inheritName* SEMI. */
    private AttrSetBuilder.Inherit inherit() {
        at++;
        Expr from = null;
        Pos fromPos = null;
        if (peek() == LPAREN) {
            at++;
            fromPos = pos(at);
            from = expr();
            expect(RPAREN);
        }
        List<AttrSetBuilder.InheritedName> names = new ArrayList<>();
        while (peek() != SEMI) {
            int name = at;
            names.add(new AttrSetBuilder.InheritedName(pos(name), attrName()));
        }
        at++;
        return new AttrSetBuilder.Inherit(from, fromPos, names);
    }

    /** attrPathElement (DOT attrPathElement)*. */
    private List<AttrName> attrPath() {
        AttrName first = attrName();
        if (peek() != DOT) {
            return List.of(first);
        }
        List<AttrName> path = new ArrayList<>();
        path.add(first);
        while (peek() == DOT) {
            at++;
            path.add(attrName());
        }
        return path;
    }

    /** ID | OR_KW | a string | ${expr}. */
    private AttrName attrName() {
        int first = at;
        switch (peek()) {
            case ID, OR_KW -> {
                at++;
                return new AttrName.Static(text(first));
            }
            case STRING_OPEN -> {
                return GrammarActions.stringAttr(string());
            }
            case DOLLAR_CURLY -> {
                at++;
                Expr e = expr();
                expect(RBRACE);
                return GrammarActions.dynamicAttr(e);
            }
            default -> throw new Bail("unexpected token in attribute path");
        }
    }
}
