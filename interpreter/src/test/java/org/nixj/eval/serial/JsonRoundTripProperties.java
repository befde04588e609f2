package org.nixj.eval.serial;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.nixj.eval.Evaluator;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixFloat;
import org.nixj.eval.value.NixInt;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.NixNull;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.Value;
import org.nixj.source.ByteStrings;

/** {@code fromJSON (toJSON v) == v} for values JSON can hold. */
class JsonRoundTripProperties {
    private final Evaluator evaluator = Eval.evaluator();

    @Property(tries = 500)
    void fromJsonOfToJsonIsTheValue(@ForAll("values") Value v) {
        String json = evaluator.toJson(v, true, true);
        Value back = JsonParser.parse(json);
        assertTrue(evaluator.equal(v, back), () -> json);
    }

    @Provide
    Arbitrary<Value> values() {
        return Arbitraries.recursive(this::scalars, this::containers, 3);
    }

    private Arbitrary<Value> scalars() {
        Arbitrary<Value> ints = Arbitraries.longs().map(NixInt::of);
        Arbitrary<Value> floats = Arbitraries.doubles().filter(d -> !d.isNaN() && !d.isInfinite()).map(NixFloat::new);
        Arbitrary<Value> bits = Arbitraries.longs().map(Double::longBitsToDouble)
                .filter(d -> !d.isNaN() && !d.isInfinite()).map(NixFloat::new);
        Arbitrary<Value> strings = Arbitraries.strings().all().ofMaxLength(12)
                .filter(s -> s.indexOf('\0') < 0 && validUtf16(s)).map(s -> NixString.of(ByteStrings.utf8(s)));
        Arbitrary<Value> escapes = Arbitraries.strings().withChars("\"\\/\b\f\n\r\t\u0001\u001f\u007féü€😀 ab")
                .ofMaxLength(10).map(s -> NixString.of(ByteStrings.utf8(s)));
        Arbitrary<Value> others = Arbitraries.of(NixBool.TRUE, NixBool.FALSE, NixNull.NULL);
        return Arbitraries.oneOf(ints, floats, bits, strings, escapes, others);
    }

    private static boolean validUtf16(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private Arbitrary<Value> containers(Arbitrary<Value> inner) {
        Arbitrary<Value> lists = inner.list().ofMaxSize(4).map(items -> NixList.of(items.toArray(new Lazy[0])));
        Arbitrary<Value> sets = Arbitraries.maps(Arbitraries.strings().withChars("abcxyz_-é\"\n").ofMaxLength(4), inner)
                .ofMaxSize(4)
                .filter(m -> !m.containsKey("outPath") && !m.containsKey("__toString"))
                .map(m -> {
                    NixAttrs.Builder b = NixAttrs.builder(m.size());
                    m.forEach((k, val) -> b.put(ByteStrings.utf8(k).intern(), val));
                    return b.build();
                });
        return Arbitraries.oneOf(lists, sets);
    }
}
