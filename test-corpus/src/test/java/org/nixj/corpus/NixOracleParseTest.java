package org.nixj.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nixj.testsupport.Goldens;
import org.nixj.testsupport.NixOracle;

/**
 * Compares the whole parse corpus with {@code nix-instantiate --parse} where it is installed (CI installs
 * Debian's nix-bin, Nix 2.8).
 *
 * <p>nixj follows current Nix. Where Nix 2.8 prints differently, the case says so explicitly: its
 * {@code NAME.exp-2.8} holds what 2.8 prints and {@code parse/nix-2.8-differences.txt} gives the reason.
 * Every other case must match 2.8 byte for byte, apart from 2.8's blank lines around the error position
 * (a pure layout difference of its error printer, normalised here).
 *
 * <p>With {@code -Dnixj.accept}, a missing {@code NAME.exp-2.8} of a listed case, and a missing golden of an
 * unlisted one, are written from 2.8's (normalised) output, and the case fails so that the new file is reviewed
 * ({@link Goldens}). Existing files are never rewritten.
 */
class NixOracleParseTest {
    private static final String NIX = "nix-instantiate (Nix 2.8)";

    @TestFactory
    Stream<DynamicTest> sameAsNix() {
        NixOracle.assumeInstalled();
        Map<String, String> differences = differences();
        return ParseCase.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> compare(c, differences)));
    }

    private static void compare(ParseCase c, Map<String, String> differences) {
        NixOracle.Output nix = NixOracle.instantiate().parse().file(c.file()).home(ParseCase.HOME).run();
        String actual = normalise(c, nix.exitCode() == 0 ? nix.stdout() : nix.stderr());
        if (differences.containsKey(c.name())) {
            Goldens.acceptIfMissing(c.nix28File(), actual, NIX);
        } else {
            Goldens.acceptIfMissing(c.expectedFile(), actual, NIX);
        }
        Path expected = Files.exists(c.nix28File()) ? c.nix28File() : c.expectedFile();
        assertEquals(ParseCase.read(expected), actual, c.name() + " (compared with " + expected.getFileName() + ")");
    }

    /** Puts the case under the virtual corpus root and drops 2.8's blank lines in error reports. */
    private static String normalise(ParseCase c, String output) {
        String text = output.replace(c.root().toString(), ParseCase.VIRTUAL_ROOT);
        return text.replace("\n\n", "\n");
    }

    @Test
    void everyListedDifferenceHasItsOutputAndViceVersa() {
        Map<String, String> listed = differences();
        for (ParseCase c : ParseCase.all()) {
            boolean hasFile = Files.exists(c.nix28File());
            assertEquals(listed.containsKey(c.name()), hasFile,
                    c.name() + ": a .exp-2.8 file and an entry in nix-2.8-differences.txt go together");
        }
        for (String name : listed.keySet()) {
            assertTrue(Files.exists(ParseCase.corpusRoot().resolve(name)), "listed case does not exist: " + name);
            assertTrue(!listed.get(name).isBlank(), "no reason given for " + name);
        }
    }

    /** {@code parse/ok/NAME.nix: reason}, one per line; {@code #} starts a comment line. */
    static Map<String, String> differences() {
        Map<String, String> listed = new TreeMap<>();
        for (String line : ParseCase.read(ParseCase.corpusRoot().resolve("parse/nix-2.8-differences.txt")).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(": ");
            listed.put(line.substring(0, colon).trim(), line.substring(colon + 2).trim());
        }
        return listed;
    }
}
