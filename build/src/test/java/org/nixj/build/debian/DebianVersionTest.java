package org.nixj.build.debian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DebianVersionTest {
    static int compare(String a, String b) {
        return Integer.signum(DebianVersion.parse(a).compareTo(DebianVersion.parse(b)));
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = ' ', value = {
        "1.0 1.0 0",
        "1.0 1.1 -1",
        "1.0~rc1 1.0 -1",
        "1.0~~ 1.0~ -1",
        "1.0~~a 1.0~~ 1",
        "1.0 1.0+b1 -1",
        "1.0a 1.0 1",
        "1.0a 1.0+ -1",
        "1.0.1 1.0a 1",
        "1:1.0 2.0 1",
        "0:1.0 1.0 0",
        "1.0-1 1.0 1",
        "1.0-0 1.0 0",
        "1.0-1 1.0-1~deb12u1 1",
        "2.36-9+deb12u14 2.36-9+deb12u4 1",
        "252.39-1~deb12u2 252.39-1 -1",
        "1.2.10 1.2.9 1",
        "1.02 1.2 0",
        "1:9.2p1-2+deb12u10 1:9.2p1-2+deb12u7 1",
        "6.04~git20190206.bf6db5b4+dfsg1-3 6.04 -1",
        "1.0-a 1.0-A 1",
    })
    void ordersAsDpkg(String a, String b, int expected) {
        assertEquals(expected, compare(a, b));
        assertEquals(-expected, compare(b, a));
    }

    @Test
    void splitsEpochUpstreamAndRevisionAtTheFirstColonAndLastDash() {
        DebianVersion v = DebianVersion.parse("3:6.04~git20190206.bf6db5b4+dfsg1-3");
        assertEquals(3, v.epoch());
        assertEquals("6.04~git20190206.bf6db5b4+dfsg1", v.upstream());
        assertEquals("3", v.revision());
        assertEquals("6.04~git20190206.bf6db5b4+dfsg1-3", v.withoutEpoch());
        assertEquals("3.1-20221030-2", DebianVersion.parse("3.1-20221030-2").withoutEpoch());
        assertEquals("3.1-20221030", DebianVersion.parse("3.1-20221030-2").upstream());
    }

    @Test
    void rejectsWhatIsNotAVersion() {
        for (String bad : new String[] {"", "a:1", ":1", "1.0-", "-1", "1 0", "1_0", "1.0-1:2"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DebianVersion.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("invalid Debian version '" + bad + "'"), e.getMessage());
        }
    }

    @Provide
    Arbitrary<String> versions() {
        Arbitrary<String> part = Arbitraries.strings().withChars("0123456789.+~ab").ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> upstream = Combinators.combine(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3), part)
                .as((digits, tail) -> digits + tail);
        Arbitrary<String> epoch = Arbitraries.of("", "0:", "1:", "2:", "10:");
        Arbitrary<String> revision = Arbitraries.oneOf(Arbitraries.just(""), part.map(p -> "-" + p));
        return Combinators.combine(epoch, upstream, revision).as((e, u, r) -> e + u + r);
    }

    @Property
    void isAntisymmetric(@ForAll("versions") String a, @ForAll("versions") String b) {
        assertEquals(compare(a, b), -compare(b, a));
    }

    @Property
    void isTransitive(@ForAll("versions") String a, @ForAll("versions") String b, @ForAll("versions") String c) {
        Assume.that(compare(a, b) <= 0 && compare(b, c) <= 0);
        assertTrue(compare(a, c) <= 0, a + " <= " + b + " <= " + c);
    }

    @Property
    void aTildeSortsBeforeTheEndAndAnythingAppendedOtherwiseSortsAfter(@ForAll("versions") String a) {
        Assume.that(!a.contains("-"));
        assertEquals(-1, compare(a + "~", a));
        assertEquals(1, compare(a + "+", a));
        assertEquals(1, compare(a + "a", a));
        assertEquals(0, compare(a, a + "-0"));
    }

    @Property
    void leadingZerosOfANumberDoNotCount(@ForAll("versions") String a) {
        assertEquals(0, compare(a, a.replaceAll("(^|[^0-9])([0-9])", "$10$2")));
    }

    /** dpkg itself, where this machine has it, is the oracle for random pairs. */
    @Property(tries = 150)
    void agreesWithDpkg(@ForAll("versions") String a, @ForAll("versions") String b) throws Exception {
        Assume.that(Files.isExecutable(Path.of("/usr/bin/dpkg")));
        int expected = dpkgSays(a, "lt", b) ? -1 : dpkgSays(a, "eq", b) ? 0 : 1;
        assertEquals(expected, compare(a, b), a + " vs " + b);
    }

    private static boolean dpkgSays(String a, String op, String b) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("/usr/bin/dpkg", "--compare-versions", a, op, b)
                .redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor() == 0;
    }
}
