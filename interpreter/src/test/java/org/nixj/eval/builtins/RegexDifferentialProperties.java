package org.nixj.eval.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.junit.jupiter.api.Assumptions;
import org.nixj.testsupport.NixOracle;

/**
 * Random patterns and subjects through {@code match} and {@code split}, in nixj and in the real
 * {@code nix-instantiate} (skipped where it is not installed): the answers, or the errors, must agree.
 * Patterns come from a small grammar over few characters (so that matches are frequent) with a sprinkling
 * of raw syntax characters (so that invalid patterns are exercised too).
 */
class RegexDifferentialProperties {
    private static final String ATOMS = "ab.";
    private static final String RAW = "ab()|*+?[]^$-{},1\\:.";

    @Property(tries = 300, seed = "20240611")
    void matchAndSplitAgreeWithNix(@ForAll("cases") Tuple2<String, String> c) {
        NixOracle.assumeInstalled();
        String e = "[ (builtins.match \"" + escape(c.get1()) + "\" \"" + escape(c.get2()) + "\") (builtins.split \""
                + escape(c.get1()) + "\" \"" + escape(c.get2()) + "\") ]";
        String nix = NixInstantiate.nix(e, 5);
        // Nix's matcher can take exponential time; such patterns are no use as test cases.
        Assumptions.assumeTrue(nix != null, "nix-instantiate took too long");
        assertEquals(nix, NixInstantiate.nixj(e), e);
    }

    @Provide
    Arbitrary<Tuple2<String, String>> cases() {
        Arbitrary<String> patterns = Arbitraries.randomValue(r -> r.nextInt(5) == 0 ? raw(r) : pattern(r, 2));
        Arbitrary<String> subjects = Arbitraries.strings().withChars("aab-").ofMaxLength(7);
        return patterns.flatMap(p -> subjects.map(s -> Tuple.of(p, s)));
    }

    private static String raw(Random r) {
        StringBuilder b = new StringBuilder();
        for (int n = r.nextInt(8); n > 0; n--) {
            b.append(RAW.charAt(r.nextInt(RAW.length())));
        }
        return b.toString();
    }

    /** A pattern of nesting depth at most {@code depth}. */
    private static String pattern(Random r, int depth) {
        StringBuilder b = new StringBuilder();
        int alternatives = r.nextInt(4) == 0 ? 2 : 1;
        for (int a = 0; a < alternatives; a++) {
            if (a > 0) {
                b.append('|');
            }
            for (int n = r.nextInt(4); n > 0; n--) {
                b.append(term(r, depth));
            }
        }
        return b.toString();
    }

    private static String term(Random r, int depth) {
        String atom = switch (r.nextInt(depth > 0 ? 8 : 5)) {
            case 0 -> "[ab]";
            case 1 -> "[^a]";
            case 2 -> r.nextBoolean() ? "^" : "$";
            case 3, 4 -> String.valueOf(ATOMS.charAt(r.nextInt(ATOMS.length())));
            default -> "(" + pattern(r, depth - 1) + ")";
        };
        if (atom.equals("^") || atom.equals("$")) {
            return atom;
        }
        return atom + switch (r.nextInt(9)) {
            case 0 -> "*";
            case 1 -> "+";
            case 2 -> "?";
            case 3 -> "{1,2}";
            case 4 -> "{2}";
            default -> "";
        };
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$");
    }
}
