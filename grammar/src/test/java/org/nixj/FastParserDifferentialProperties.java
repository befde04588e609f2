package org.nixj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.nixj.parser.ParseError;
import org.nixj.parser.SourceParser;
import org.nixj.source.Source;
import org.nixj.syntax.Expr;
import org.nixj.syntax.ExprPrinter;

/**
 * Property: the fast front end agrees with the ANTLR one, its specification. Where ANTLR parses the input,
 * the fast front end parses it too, into an equal AST (positions and doc comments included); where ANTLR
 * reports an error, the fast front end gives up, so that the error reported is ANTLR's.
 *
 * <p>Inputs: random Nix source built from the grammar's constructs (every operator at every nesting, so
 * precedence, associativity and the non-associative operators are exercised, plus strings, paths, sets,
 * functions and comments), printed random ASTs, and the token soup and mutants of
 * {@link ParserRobustnessProperties}, which are mostly invalid.
 */
class FastParserDifferentialProperties {
    private static final String HOME = "/home/u";

    @Property(tries = 3000)
    void frontEndsAgreeOnGeneratedSource(@ForAll("source") String text) {
        assertAgree(text);
    }

    @Property(tries = 500)
    void frontEndsAgreeOnPrintedAsts(@ForAll("asts") Expr ast) {
        assertAgree(ExprPrinter.print(ast));
    }

    @Property(tries = 1000)
    void frontEndsAgreeOnTokenSoup(@ForAll("tokenSoup") String text) {
        assertAgree(text);
    }

    @Property(tries = 1000)
    void frontEndsAgreeOnMutants(@ForAll("mutants") String text) {
        assertAgree(text);
    }

    @Example
    void operatorCornerCases() {
        for (String text : List.of("!a + b", "!a == b", "-a ? b", "-f x", "a - -b", "a ++ b ++ c", "a // b // c",
                "a -> b -> c", "a == b == c", "a < b < c", "a ? b ? c", "!a ? b", "x |> f |> g", "f <| g <| x",
                "x |> f <| y", "f or", "a.b or c d", "a.or", "x or y", "(f a) b", "f -1", "a.${b}.\"c\" or d",
                "./a/${b}/c", "./a ${b}", "~/a/${b}", "a/${b}c", "{ a, b ? 1, ... }@x: a", "x@{}: x", "{}: 1",
                "{ }", "{ a }: a", "let { body = 1; }", "let a = 1; in a", "let ${a} = 1; in 1",
                "{ a.b = 1; a.c = 2; }", "{ a = 1; a = 2; }", "{ inherit (x) a \"b\"; inherit c; }",
                "''\n  a\n    ${b}\n  ''$ ''' ''\\n'\n''", "\"a$\"", "\"$${x}\"", "1.e5", "01.5", "0.5e-3", ".5",
                "9223372036854775808", "1e999999", "x:x", "http://a/b?c", "<a/b>", "a<b", "/** d */ x: x",
                "{ /** d */ f = x: x; /** e */ g = /** own */ y: y; }", "/**/ x: x", "/* c */ # l\n1",
                "if a then b else c", "assert a; b", "with a; b", "[ a b.c (d e) ]", "a.b.c ? d.e")) {
            assertAgree(text);
        }
    }

    static void assertAgree(String text) {
        Source source = Source.ofFile("/dir/x.nix", text.getBytes(StandardCharsets.ISO_8859_1));
        Expr expected;
        try {
            expected = SourceParser.parseWithAntlr(source, HOME);
        } catch (ParseError e) {
            Statistics.collect("invalid");
            Optional<Expr> fast = SourceParser.parseWithFastPathOnly(source, HOME);
            assertTrue(fast.isEmpty(), () -> "ANTLR rejects " + show(text) + " (" + e.getMessage()
                    + ") but the fast front end parses it as " + ExprPrinter.print(fast.get()));
            return;
        }
        Statistics.collect("valid");
        Optional<Expr> fast = SourceParser.parseWithFastPathOnly(source, HOME);
        assertTrue(fast.isPresent(), () -> "the fast front end gives up on valid " + show(text));
        assertEquals(expected, fast.get(), () -> "ASTs differ for " + show(text));
    }

    private static String show(String text) {
        return "<<" + text + ">>";
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<Expr> asts() {
        return AstRoundTripProperties.expr(4, true);
    }

    @Provide
    Arbitrary<String> tokenSoup() {
        return new ParserRobustnessProperties().tokenSoup();
    }

    @Provide
    Arbitrary<String> mutants() {
        return new ParserRobustnessProperties().mutants();
    }

    @Provide
    Arbitrary<String> source() {
        return expr(4);
    }

    private static final List<String> BINARY = List.of(
            "+", "-", "*", "/", "++", "//", "==", "!=", "<", ">", "<=", ">=", "&&", "||", "->", "|>", "<|");

    private static final List<String> LEAVES = List.of(
            "x", "f", "a.b", "a.b.c or d", "1", "0", "2.5", ".5", "1.e2", "\"s\"", "\"a${x}b\"", "\"\\n$\"",
            "''\n  a ${x}\n   b\n''", "''x''$y'''''", "./p", "../p/q", "./p/${x}/q", "/abs/x", "~/h", "<nixpkgs>",
            "<a/b>", "http://x.y/z?q=1", "__curPos", "null", "true", "[ ]", "[ 1 x \"s\" ]", "{ }", "rec { a = 1; }",
            "let { body = 1; }", "x.${y}", "a.\"b c\"", "(x)", "f or", "a.or");

    /** Random Nix source of at most {@code depth} levels; some of it invalid on purpose. */
    static Arbitrary<String> expr(int depth) {
        Arbitrary<String> leaf = Arbitraries.of(LEAVES);
        if (depth <= 0) {
            return leaf;
        }
        Arbitrary<String> sub = Arbitraries.lazy(() -> expr(depth - 1));
        Arbitrary<String> name = Arbitraries.of("a", "b", "c", "or", "\"q\"", "${k}", "\"i${j}\"");
        Arbitrary<String> path = name.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(".", l));
        Arbitrary<String> ws = Arbitraries.of(" ", " ", " ", "\n  ", " /* c */ ", " # l\n", " /** doc */ ");
        Arbitrary<String> bind = Arbitraries.frequencyOf(
                Tuple.of(4, Combinators.combine(ws, path, sub).as((w, p, v) -> w + p + " = " + v + ";")),
                Tuple.of(1, Combinators.combine(ws, path, sub).as((w, p, v) -> w + p + " = y: " + v + ";")),
                Tuple.of(1, name.list().ofMaxSize(3).map(l -> "inherit " + String.join(" ", l) + ";")),
                Tuple.of(1, Combinators.combine(sub, name).as((e, n) -> "inherit (" + e + ") " + n + ";")));
        Arbitrary<String> binds = bind.list().ofMaxSize(3).map(l -> String.join(" ", l));
        Arbitrary<String> formal = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("a", "b", "c")),
                Tuple.of(1, sub.map(d -> "d ? " + d)));
        Arbitrary<String> formals = Combinators.combine(formal.list().ofMaxSize(3), Arbitraries.of("", ", ...", ",", "..."))
                .as((l, tail) -> "{ " + String.join(", ", l) + tail + " }");
        return Arbitraries.frequencyOf(
                Tuple.of(3, leaf),
                Tuple.of(6, Combinators.combine(sub, Arbitraries.of(BINARY), sub).as((l, op, r) -> l + " " + op + " " + r)),
                Tuple.of(1, Combinators.combine(sub, path).as((e, p) -> e + " ? " + p)),
                Tuple.of(2, Combinators.combine(Arbitraries.of("-", "!", "- ", "! "), sub).as((op, e) -> op + e)),
                Tuple.of(2, sub.list().ofMinSize(2).ofMaxSize(3).map(l -> String.join(" ", l))),
                Tuple.of(2, sub.map(e -> "(" + e + ")")),
                Tuple.of(1, Combinators.combine(sub, path, sub).as((e, p, d) -> "(" + e + ")." + p + " or " + d)),
                Tuple.of(1, Combinators.combine(sub, sub, sub).as((c, t, e) -> "if " + c + " then " + t + " else " + e)),
                Tuple.of(1, Combinators.combine(binds, sub).as((b, e) -> "let " + b + " in " + e)),
                Tuple.of(1, Combinators.combine(sub, sub).as((s, e) -> "with " + s + "; " + e)),
                Tuple.of(1, Combinators.combine(sub, sub).as((s, e) -> "assert " + s + "; " + e)),
                Tuple.of(2, Combinators.combine(ws, sub).as((w, e) -> w + "x: " + e)),
                Tuple.of(2, Combinators.combine(ws, formals, Arbitraries.of("", "@args", " @ args"), sub)
                        .as((w, f, at, e) -> w + f + at + ": " + e)),
                Tuple.of(1, Combinators.combine(formals, sub).as((f, e) -> "args@" + f + ": " + e)),
                Tuple.of(2, Combinators.combine(Arbitraries.of("{", "rec {", "let {"), binds).as((o, b) -> o + b + " }")),
                Tuple.of(1, sub.list().ofMaxSize(3).map(l -> "[ " + String.join(" ", l) + " ]")),
                Tuple.of(1, sub.map(e -> "\"a${" + e + "}\"")),
                Tuple.of(1, sub.map(e -> "''\n  x\n  ${" + e + "}\n''")),
                Tuple.of(1, sub.map(e -> "./a/${" + e + "}")));
    }
}
