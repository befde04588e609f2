package org.nixj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nixj.testsupport.NixOracle;

/** {@code nixj instantiate --eval --json/--xml} and {@code nixj eval --json}, and the same with nix-instantiate. */
class SerialOutputTest {
    private static final String FILE = """
            { a = 1 + 1; b = [ (2 + 2) "s" 1.5 ]; f = x: x; g = { a, b ? 1, ... }@s: a; n = null;
              s = "<&>\\"'\\n"; t = true; pr = builtins.map;
              drv = { type = "derivation"; drvPath = "/nix/store/x.drv"; outPath = "/nix/store/x"; };
            }
            """;

    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void write() throws IOException {
        file = dir.resolve("x.nix");
        Files.writeString(file, FILE);
    }

    @Test
    void jsonStrict() {
        CliRun r = CliRun.run("instantiate", "--eval", "--strict", "--json", "-A", "b", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("[4,\"s\",1.5]\n", r.out());
    }

    @Test
    void jsonWithoutStrictRefusesUnevaluatedParts() {
        CliRun r = CliRun.run("instantiate", "--eval", "--json", "-E", "{ a = 1 + 1; }");
        assertEquals(1, r.exitCode());
        assertEquals("error: cannot convert a thunk to JSON", r.err().lines().findFirst().orElse(""));
    }

    @Test
    void evalJsonForcesAndKeepsPaths() {
        CliRun r = CliRun.run("eval", "--json", "--expr", "{ a = 1 + 1; p = /tmp/x; f = 0.5; }");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("{\"a\":2,\"f\":0.5,\"p\":\"/tmp/x\"}\n", r.out());
    }

    @Test
    void xmlWithoutLocationsOrStrictness() {
        CliRun r = CliRun.run("instantiate", "--eval", "--xml", "--no-location", "-E", "{ a = 1 + 1; b = 2; f = x: x; }");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("""
                <?xml version='1.0' encoding='utf-8'?>
                <expr>
                  <attrs>
                    <attr name="a">
                      <unevaluated />
                    </attr>
                    <attr name="b">
                      <int value="2" />
                    </attr>
                    <attr name="f">
                      <unevaluated />
                    </attr>
                  </attrs>
                </expr>
                """, r.out());
    }

    @Test
    void xmlLocationsOfExpressionsHaveNoPath() {
        CliRun r = CliRun.run("instantiate", "--eval", "--xml", "-E", "{ a = 1; }");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(true, r.out().contains("<attr column=\"3\" line=\"1\" name=\"a\">"), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--xml", "--xml --strict", "--xml --strict --no-location", "--json --strict -A b",
        "--json --strict -A drv", "--json -A n", "--xml --strict -A drv"})
    void matchesNixInstantiate(String flags) throws Exception {
        NixOracle.assumeInstalled();
        List<String> args = new ArrayList<>(List.of("instantiate", "--eval"));
        args.addAll(List.of(flags.split(" ")));
        args.add(file.toString());
        CliRun r = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        // Nix 2.8 printed no newline after --json output; current Nix does, as nixj.
        assertEquals(nix(flags).strip(), r.out().strip());
    }

    private String nix(String flags) {
        return NixOracle.instantiate().eval().args(flags.split(" ")).file(file).run().stdoutUtf8();
    }
}
