package org.nixj.eval.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonNumbersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.0 | 1.0",
        "0.1 | 0.1",
        "1.5 | 1.5",
        "-2.25 | -2.25",
        "1e22 | 1e+22",
        "1e-7 | 1e-07",
        "0.3333333333333333 | 0.3333333333333333",
        "123456.789 | 123456.789",
        "123456789012345.0 | 123456789012345.0",
        "1e15 | 1e+15",
        "1e16 | 1e+16",
        "123456789012345678.0 | 1.2345678901234568e+17",
        "0.0001 | 0.0001",
        "0.00001 | 1e-05",
        "4.9e-324 | 5e-324",
        "1.7976931348623157e308 | 1.7976931348623157e+308",
        "2.2250738585072014e-308 | 2.2250738585072014e-308",
        "100.0 | 100.0",
        "1e100 | 1e+100",
        "0.0 | 0.0",
        "-0.0 | -0.0",
    })
    void formatsAsNlohmann(double value, String expected) {
        assertEquals(expected, JsonNumbers.format(value));
    }

    @Test
    void nonFiniteIsNull() {
        assertEquals("null", JsonNumbers.format(Double.NaN));
        assertEquals("null", JsonNumbers.format(Double.POSITIVE_INFINITY));
        assertEquals("null", JsonNumbers.format(Double.NEGATIVE_INFINITY));
    }

    @Test
    void cachedPowersMatchTheGrisuTable() {
        // Entries of the published table (10^-300, 10^-4, 10^4, 10^12, 10^156, 10^324).
        assertPower(0, 0xAB70FE17C79AC6CAL, -1060);
        assertPower(37, 0xD1B71758E219652CL, -77);
        assertPower(38, 0x9C40000000000000L, -50);
        assertPower(39, 0xE8D4A51000000000L, -24);
        assertPower(57, 0x952AB45CFA97A0B3L, 455);
        assertPower(78, 0x9E19DB92B4E31BA9L, 1013);
    }

    private static void assertPower(int index, long f, int e) {
        long[] c = JsonNumbers.cachedPower(index);
        assertEquals(Long.toHexString(f), Long.toHexString(c[0]), "f of entry " + index);
        assertEquals(e, c[1], "e of entry " + index);
    }

    @Property(tries = 5000)
    void readsBackAsTheSameDouble(@ForAll double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return;
        }
        String s = JsonNumbers.format(d);
        assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(Double.parseDouble(s)), s);
    }

    @Property(tries = 5000)
    void readsBackFromRandomBits(@ForAll long bits) {
        double d = Double.longBitsToDouble(bits);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return;
        }
        String s = JsonNumbers.format(d);
        assertEquals(bits, Double.doubleToRawLongBits(Double.parseDouble(s)), s);
    }
}
