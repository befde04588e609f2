package org.nixj.eval.builtins;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Version comparison, splitting and derivation names, with Nix's expected answers. */
class VersionsTest {

    @ParameterizedTest
    @CsvSource({
        "1.0, 2.3, -1",
        "2.1, 2.3, -1",
        "2.3, 2.3, 0",
        "2.5, 2.3, 1",
        "3.1, 2.3, 1",
        "2.3.1, 2.3, 1",
        "2.3.1, 2.3a, 1",
        "2.3pre1, 2.3, -1",
        "2.3pre3, 2.3pre12, -1",
        "2.3a, 2.3c, -1",
        "2.3pre1, 2.3c, -1",
        "2.3pre1, 2.3q, -1",
        "1.0pre, 1.0, -1",
        "'', 1, -1",
        "'', '', 0",
        "1-2, 1.2, 0",
        "01, 1, 0",
        "1.99999999999, 1.3, -1",
        "1.2147483647, 1.2147483648, 1",
        "1.000000000002, 1.2, 0",
        "a, b, -1",
        "pre, pre, 0",
        "1.pre, 1.a, -1",
        "1.b, 1.a, 1",
    })
    void compare(String v1, String v2, int expected) {
        assertEquals(expected, Versions.compare(v1, v2));
        assertEquals(-expected, Versions.compare(v2, v1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.2-pre..3a-b4|1,2,pre,3,a,b,4",
        "''|",
        "...|",
        "1..|1",
        "2.3pre12|2,3,pre,12",
        "abc|abc",
    })
    void split(String version, String components) {
        List<String> expected = components == null ? List.of() : Arrays.asList(components.split(","));
        assertEquals(expected, Versions.split(version));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nix-0.12pre12876|nix|0.12pre12876",
        "foo-bar-1.0|foo-bar|1.0",
        "foo|foo|''",
        "foo-|foo-|''",
        "-1|''|1",
        "a-b-c|a-b-c|''",
        "a-B-_x|a-B|_x",
    })
    void parseDrvName(String s, String name, String version) {
        assertArrayEquals(new String[] {name, version}, Versions.parseDrvName(s));
    }

    @Property
    void compareIsAntisymmetric(@ForAll @Chars({'1', '2', '0', '.', '-', 'a', 'p', 'r', 'e'}) @StringLength(max = 8) String a,
            @ForAll @Chars({'1', '2', '0', '.', '-', 'a', 'p', 'r', 'e'}) @StringLength(max = 8) String b) {
        assertEquals(Versions.compare(a, b), -Versions.compare(b, a));
    }
}
