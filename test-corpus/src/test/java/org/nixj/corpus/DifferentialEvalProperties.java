package org.nixj.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.nixj.testsupport.NixOracle;

/**
 * Random expressions evaluate to what {@code nix-instantiate --eval --strict} prints (where it is installed).
 * The generator builds well-typed expressions from integers, strings, lists and sets, combined with
 * arithmetic, comparisons, {@code let}, {@code if}, {@code rec}, {@code with}, {@code //} and common
 * builtins; integers stay small so that 2.8 (which wraps on overflow) and current Nix agree.
 */
class DifferentialEvalProperties {

    @BeforeContainer
    static void needsNix() {
        NixOracle.assumeInstalled();
    }

    @Property(tries = 150)
    void nixjPrintsWhatNixPrints(@ForAll("expressions") String expr) {
        List<String> args = List.of("--eval", "--strict", "-E", expr);
        NixOracle.Output nix = NixOracle.instantiate().args(args).home("/home/nixj").directory(Path.of("/")).run();
        NixjEvalRun nixj = NixjEvalRun.instantiate(args);
        String expected = nix.exitCode() == 0 ? nix.stdout() : "exit " + nix.exitCode();
        String actual = nixj.exitCode() == 0 ? nixj.out() : "exit " + nixj.exitCode();
        assertEquals(expected, actual, expr + "\nnix stderr: " + nix.stderr() + "\nnixj stderr: " + nixj.err());
    }

    @Provide
    Arbitrary<String> expressions() {
        return Arbitraries.oneOf(value(3), lists(3), sets(3));
    }

    private Arbitrary<String> value(int depth) {
        return Arbitraries.oneOf(integers(depth), strings(depth), booleans(depth));
    }

    private Arbitrary<String> integers(int depth) {
        Arbitrary<String> leaf = Arbitraries.integers().between(-20, 20).map(i -> i < 0 ? "(" + i + ")" : Integer.toString(i));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> sub = Arbitraries.lazy(() -> integers(depth - 1));
        return Arbitraries.oneOf(leaf,
                Arbitraries.of("+", "-", "*").flatMap(op -> sub.list().ofSize(2).map(xs -> "(" + xs.get(0) + " " + op + " " + xs.get(1) + ")")),
                lists(depth - 1).map(l -> "(builtins.length " + l + ")"),
                strings(depth - 1).map(s -> "(builtins.stringLength " + s + ")"),
                Arbitraries.lazy(() -> booleans(depth - 1)).flatMap(c -> sub.list().ofSize(2)
                        .map(xs -> "(if " + c + " then " + xs.get(0) + " else " + xs.get(1) + ")")),
                sub.list().ofSize(2).map(xs -> "(let x = " + xs.get(0) + "; y = x + " + xs.get(1) + "; in y * x)"),
                lists(depth - 1).map(l -> "(builtins.foldl' (a: b: a + (if builtins.isInt b then b else 1)) 0 " + l + ")"),
                sets(depth - 1).map(s -> "(builtins.length (builtins.attrNames " + s + "))"));
    }

    private Arbitrary<String> strings(int depth) {
        Arbitrary<String> leaf = Arbitraries.strings().withChars("abcxyz é\\\"$\n{}").ofMaxLength(6)
                .map(NixLiteral::string);
        if (depth == 0) {
            return leaf;
        }
        return Arbitraries.oneOf(leaf,
                Arbitraries.lazy(() -> strings(depth - 1)).list().ofSize(2).map(xs -> "(" + xs.get(0) + " + " + xs.get(1) + ")"),
                Arbitraries.lazy(() -> integers(depth - 1)).map(i -> "\"n=${toString " + i + "}\""),
                lists(depth - 1).map(l -> "(builtins.concatStringsSep \",\" (map toString " + l + "))"),
                Arbitraries.lazy(() -> strings(depth - 1)).map(s -> "(builtins.substring 1 3 " + s + ")"),
                Arbitraries.lazy(() -> strings(depth - 1)).map(s -> "(builtins.replaceStrings [ \"a\" \"x\" ] [ \"AA\" \"\" ] " + s + ")"));
    }

    private Arbitrary<String> booleans(int depth) {
        Arbitrary<String> leaf = Arbitraries.of("true", "false");
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> ints = Arbitraries.lazy(() -> integers(depth - 1));
        return Arbitraries.oneOf(leaf,
                Arbitraries.of("<", "<=", ">", ">=", "==", "!=").flatMap(op -> ints.list().ofSize(2)
                        .map(xs -> "(" + xs.get(0) + " " + op + " " + xs.get(1) + ")")),
                Arbitraries.lazy(() -> strings(depth - 1)).list().ofSize(2).map(xs -> "(" + xs.get(0) + " < " + xs.get(1) + ")"),
                lists(depth - 1).list().ofSize(2).map(xs -> "(" + xs.get(0) + " == " + xs.get(1) + ")"),
                sets(depth - 1).map(s -> "(" + s + " ? a)"));
    }

    private Arbitrary<String> lists(int depth) {
        if (depth < 0) {
            return Arbitraries.just("[ ]");
        }
        Arbitrary<String> element = depth == 0 ? Arbitraries.integers().between(0, 9).map(String::valueOf)
                : Arbitraries.lazy(() -> value(depth - 1));
        Arbitrary<String> literal = element.list().ofMaxSize(4).map(xs -> "[ " + String.join(" ", xs) + (xs.isEmpty() ? "" : " ") + "]");
        if (depth == 0) {
            return literal;
        }
        Arbitrary<String> sub = Arbitraries.lazy(() -> lists(depth - 1));
        return Arbitraries.oneOf(literal,
                sub.list().ofSize(2).map(xs -> "(" + xs.get(0) + " ++ " + xs.get(1) + ")"),
                sub.map(l -> "(builtins.sort (a: b: toString a < toString b) " + l + ")"),
                sub.map(l -> "(builtins.filter (x: builtins.isInt x) " + l + ")"),
                sub.map(l -> "(map (x: [ x ]) " + l + ")"),
                sets(depth - 1).map(s -> "(builtins.attrValues " + s + ")"),
                Arbitraries.integers().between(0, 5).map(n -> "(builtins.genList (i: i * i) " + n + ")"));
    }

    private Arbitrary<String> sets(int depth) {
        Arbitrary<String> name = Arbitraries.of("a", "b", "c", "\"d e\"", "if", "x-y");
        Arbitrary<String> element = depth <= 0 ? Arbitraries.integers().between(0, 9).map(String::valueOf)
                : Arbitraries.lazy(() -> value(depth - 1));
        Arbitrary<String> literal = Arbitraries.maps(name, element).ofMaxSize(4).map(m -> {
            StringBuilder out = new StringBuilder("{ ");
            m.forEach((k, v) -> out.append(k).append(" = ").append(v).append("; "));
            return out.append('}').toString();
        });
        if (depth <= 0) {
            return literal;
        }
        Arbitrary<String> sub = Arbitraries.lazy(() -> sets(depth - 1));
        return Arbitraries.oneOf(literal,
                sub.list().ofSize(2).map(xs -> "(" + xs.get(0) + " // " + xs.get(1) + ")"),
                sub.map(s -> "(builtins.mapAttrs (n: v: [ n v ]) " + s + ")"),
                sub.map(s -> "(rec { a = 1; b = a + 1; } // " + s + ")"),
                sub.map(s -> "(with " + s + "; { z = builtins.attrNames " + s + "; })"),
                sub.map(s -> "(builtins.removeAttrs " + s + " [ \"a\" ])"));
    }

}
