package org.nixj.regex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Skipping dead states changes no result: random patterns over random subjects give the same offsets from an
 * executor that prunes from its first visit as from one that never does, for every kind of search the
 * builtins make (whole matches, searches from every position, non-empty continuous searches).
 */
class PruningProperties {
    @Property(tries = 500, seed = "20261207")
    void pruningChangesNoResult(@ForAll("cases") Tuple2<String, String> c) {
        Nfa nfa;
        try {
            nfa = RegexCompiler.compile(c.get1());
        } catch (RegexSyntaxException e) {
            return;
        }
        long[] first = nfa.firstBytes();
        String input = c.get2();
        Executor pruned = new Executor(nfa, first, input, 1);
        Executor plain = new Executor(nfa, first, input, Long.MAX_VALUE);
        String what = c.get1() + " on " + input;
        assertArrayEquals(plain.run(0, Executor.EXACT), pruned.run(0, Executor.EXACT), what);
        for (int from = 0; from <= input.length(); from++) {
            int prev = from > 0 ? Executor.PREV_AVAIL : 0;
            assertArrayEquals(plain.run(from, prev), pruned.run(from, prev), what + " from " + from);
            int nonEmpty = prev | Executor.NOT_NULL | Executor.CONTINUOUS;
            assertArrayEquals(plain.run(from, nonEmpty), pruned.run(from, nonEmpty), what + " non-empty from " + from);
        }
    }

    @Provide
    Arbitrary<Tuple2<String, String>> cases() {
        Arbitrary<String> patterns = Arbitraries.randomValue(r -> pattern(r, 3));
        Arbitrary<String> subjects = Arbitraries.strings().withChars("aabc").ofMaxLength(10);
        return patterns.flatMap(p -> subjects.map(s -> Tuple.of(p, s)));
    }

    /** Alternatives of sequences of terms, nested at most {@code depth} deep. */
    private static String pattern(Random r, int depth) {
        StringBuilder b = new StringBuilder();
        for (int a = r.nextInt(3) == 0 ? 2 : 1; a > 0; a--) {
            if (b.length() > 0) {
                b.append('|');
            }
            for (int n = r.nextInt(4); n > 0; n--) {
                String atom = switch (r.nextInt(depth > 0 ? 9 : 6)) {
                    case 0 -> "[ab]";
                    case 1 -> "^";
                    case 2 -> "$";
                    case 3 -> ".";
                    case 4 -> "a";
                    case 5 -> "b";
                    default -> "(" + pattern(r, depth - 1) + ")";
                };
                b.append(atom).append(switch (r.nextInt(8)) {
                    case 0, 1 -> "*";
                    case 2 -> "+";
                    case 3 -> "?";
                    case 4 -> "{0,2}";
                    default -> "";
                });
            }
        }
        return b.toString();
    }
}
