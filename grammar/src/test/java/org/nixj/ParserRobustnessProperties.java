package org.nixj;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.nixj.parser.ParseError;
import org.nixj.parser.SourceParser;
import org.nixj.source.ErrorRenderer;
import org.nixj.source.Pos;
import org.nixj.source.Source;
import org.nixj.syntax.Expr;
import org.nixj.syntax.ExprPrinter;

/**
 * Property: the parser is total. On any input (random token soup, random bytes, mangled real Nix code) it
 * either returns an AST that prints without error, or throws a {@link ParseError} whose position lies inside
 * the source (offset 0 to the length of the text) and whose message starts with one of the messages Nix's
 * parser gives. Any other exception is a bug. {@link ErrorRenderer#render} never throws on such an error.
 */
class ParserRobustnessProperties {
    /** The beginnings of every message Nix's parser reports. */
    static final List<String> KNOWN_PREFIXES = List.of(
            "syntax error, unexpected ",
            "invalid integer '",
            "invalid float '",
            "path has a trailing slash",
            "attribute '",
            "duplicate formal function argument '",
            "dynamic attributes not allowed in let",
            "dynamic attributes not allowed in inherit",
            "input string '");

    /** A realistic file used as the seed for truncations and mutations. */
    static final String SEED = """
            # A package-like file.
            { lib, stdenv, fetchurl ? null, ... }@args:
            let
              version = "1.2.3";
              /** Doc comment. */
              f = x: y: x + y * 2 - 1 / 3;
              s = ''
                indented ${version} ''${not} '''
                  more
              '';
              p = ./src/${version}/file.nix;
              h = ~/config;
              sp = <nixpkgs/lib>;
              u = https://example.org/a?b=c;
              inherit (lib) mkIf optional;
            in
            rec {
              pname = "hello";
              name = "${pname}-${version}";
              a.b.c = 1;
              a.d = { e = 2.5e-3; };
              "quoted name" = [ 1 2.0 .5 "x\\n\\${y}" (f 1 2) ];
              ${"dyn"} = null;
              cond = if a ? b && !(1 < 2) || 3 >= 4 -> true then { } // { x = 1; } else [ ] ++ [ ];
              sel = a.b.c or (throw "missing");
              neg = -1 - -2;
              w = with lib; assert true; optional true 1;
              pipes = 1 |> f 2;
              cur = __curPos;
              legacy = let { body = 1; };
            }
            """;

    @Property(tries = 2000)
    void tokenSoupParsesOrFailsCleanly(@ForAll("tokenSoup") String text) {
        check(Source.ofExpression(text, "/base"));
    }

    @Property(tries = 2000)
    void randomBytesParseOrFailCleanly(@ForAll("bytes") byte[] bytes) {
        check(Source.ofFile("/x.nix", bytes));
    }

    @Property(tries = 1000)
    void truncatedSeedFailsCleanly(@ForAll("cuts") int length) {
        check(Source.ofExpression(SEED.substring(0, length), "/base"));
    }

    @Property(tries = 2000)
    void mutatedSeedParsesOrFailsCleanly(@ForAll("mutants") String text) {
        check(Source.ofExpression(text, "/base"));
    }

    @Example
    void seedItselfParses() {
        Expr e = SourceParser.parse(Source.ofExpression(SEED, "/base"), "/home/u");
        assertNotNull(ExprPrinter.print(e));
    }

    static void check(Source source) {
        Expr parsed;
        try {
            parsed = SourceParser.parse(source, "/home/u");
        } catch (ParseError e) {
            String rendered = ErrorRenderer.render(e);
            assertNotNull(rendered);
            String message = e.getMessage();
            assertTrue(KNOWN_PREFIXES.stream().anyMatch(message::startsWith), () -> "unknown message: " + message);
            Pos pos = e.pos();
            assertNotNull(pos, () -> "no position for: " + message);
            assertTrue(pos.source() == source, "position in another source");
            assertTrue(pos.offset() >= 0 && pos.offset() <= source.text().length(),
                    () -> "offset " + pos.offset() + " outside 0.." + source.text().length());
            return;
        }
        assertNotNull(ExprPrinter.print(parsed));
    }

    // ---------------------------------------------------------------- generators

    private static final List<String> TOKENS = List.of(
            "{", "}", "[", "]", "(", ")", "\"", "''", "'", "$", "${", "\\", ";", ":", ".", "=", "@", "?", "!", "<", ">",
            "|", "&", "/", "+", "-", "*", "#", "~", ",", "...", "==", "!=", "<=", ">=", "&&", "||", "->", "//", "++",
            "|>", "<|", "/*", "*/", "/**", "\n", " ", "\t", "\r",
            "if", "then", "else", "assert", "with", "let", "in", "rec", "inherit", "or", "__curPos",
            "a", "x", "b-1", "foo'", "_", "1", "0", "007", "1.5", "1e3", ".5", "1.e2", "99999999999999999999",
            "./a", "a/b", "~/x", "<p>", "x:y", "http://h/p", "\"s\"", "''i''", "\u00e9");

    @Provide
    Arbitrary<String> tokenSoup() {
        Arbitrary<String> token = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(TOKENS)),
                Tuple.of(1, Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(3)));
        return token.list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(60);
    }

    @Provide
    Arbitrary<Integer> cuts() {
        return Arbitraries.integers().between(0, SEED.length());
    }

    @Provide
    Arbitrary<String> mutants() {
        Arbitrary<String> insertion = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(TOKENS)),
                Tuple.of(1, Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(2)),
                Tuple.of(1, Arbitraries.just("")));
        Arbitrary<int[]> span = Combinators.combine(
                        Arbitraries.integers().between(0, SEED.length()), Arbitraries.integers().between(0, 4))
                .as((at, len) -> new int[] {at, Math.min(SEED.length(), at + len)});
        Arbitrary<String[]> edit = Combinators.combine(span, insertion).as((s, ins) -> new String[] {
                String.valueOf(s[0]), String.valueOf(s[1]), ins});
        return edit.list().ofMinSize(1).ofMaxSize(4).map(edits -> {
            String text = SEED;
            for (String[] e : edits) {
                int from = Math.min(Integer.parseInt(e[0]), text.length());
                int to = Math.min(Integer.parseInt(e[1]), text.length());
                text = text.substring(0, from) + e[2] + text.substring(Math.max(from, to));
            }
            return text;
        });
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
