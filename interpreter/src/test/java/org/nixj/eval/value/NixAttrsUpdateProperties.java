package org.nixj.eval.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.nixj.source.Pos;

/** {@code //} gives what a merge of two sorted maps gives, whatever the sizes and overlaps of the sides. */
class NixAttrsUpdateProperties {

    @Property(tries = 2000)
    void updateIsAMapMerge(@ForAll("names") Set<String> left, @ForAll("names") Set<String> right) {
        NixAttrs merged = of(left, 1).update(of(right, 2));

        Map<String, Long> expected = new TreeMap<>();
        left.forEach(name -> expected.put(name, 1L));
        right.forEach(name -> expected.put(name, 2L));
        Map<String, Long> actual = new TreeMap<>();
        String previous = null;
        for (int i = 0; i < merged.size(); i++) {
            String name = merged.name(i);
            if (previous != null && previous.compareTo(name) >= 0) {
                throw new AssertionError("names out of order: " + previous + ", " + name);
            }
            previous = name;
            actual.put(name, ((NixInt) merged.value(i)).value());
        }
        assertEquals(expected, actual);
        assertEquals(expected.size(), merged.size());
    }

    private static NixAttrs of(Set<String> names, long side) {
        NixAttrs.Builder builder = NixAttrs.builder(names.size());
        names.forEach(name -> builder.put(name.intern(), NixInt.of(side), (Pos) null));
        return builder.build();
    }

    /** Sets from empty to a few hundred names over a small alphabet, so that the two sides overlap. */
    @Provide
    Arbitrary<Set<String>> names() {
        Arbitrary<String> name = Arbitraries.strings().withChars("abcdef").ofMinLength(1).ofMaxLength(4);
        return Arbitraries.oneOf(name.set().ofMaxSize(5), name.set().ofMaxSize(40), name.set().ofMaxSize(400));
    }
}
