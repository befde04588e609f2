package org.nixj.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The oracle runner against the installed {@code nix-instantiate} (skipped where it is missing). */
class NixOracleTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void needsNix() {
        NixOracle.assumeInstalled();
    }

    @Test
    void evaluatesAnExpression() {
        NixOracle.Output out = NixOracle.instantiate().eval().strict().expression("[ (1 + 1) \"é\" ]").run();
        assertEquals(0, out.exitCode(), out.stderr());
        assertEquals("[ 2 \"é\" ]\n", out.stdoutUtf8());
        assertEquals("[ 2 \"\u00c3\u00a9\" ]\n", out.stdout(), "stdout is a byte string");
        assertEquals("", out.stderr());
    }

    @Test
    void reportsErrorsOnStandardError() {
        NixOracle.Output out = NixOracle.instantiate().eval().expression("throw \"no\"").run();
        assertEquals(1, out.exitCode());
        assertEquals("", out.stdout());
        assertEquals("error: no", NixOracle.Output.firstLine(out.stderr()));
    }

    @Test
    void mergesStandardErrorWhenAsked() {
        NixOracle.Output out = NixOracle.instantiate().eval().expressionFile("throw \"no\"").mergeStderr().run();
        assertEquals("error: no", NixOracle.Output.firstLine(out.stdout()));
        assertEquals("", out.stderr());
    }

    @Test
    void filesArgumentsSearchPathHomeAndWorkingDirectory() throws Exception {
        Files.writeString(dir.resolve("f.nix"), "{ a, b }: { inherit a b; h = toString ~/x; w = toString ./.; i = toString <here/f.nix>; }");
        NixOracle.Output out = NixOracle.instantiate().eval().strict().json()
                .arg("a", "1 + 1").argstr("b", "s").include("here=" + dir).home("/home/u").directory(dir)
                .args("-E", "import ./f.nix").run();
        assertEquals(0, out.exitCode(), out.stderr());
        assertEquals("{\"a\":2,\"b\":\"s\",\"h\":\"/home/u/x\",\"i\":\"" + dir.resolve("f.nix") + "\",\"w\":\"" + dir + "\"}",
                out.stdout());
    }

    @Test
    void parsesFiles() throws Exception {
        Path file = Files.writeString(dir.resolve("p.nix"), "x: x + 1");
        assertEquals("(x: (x + 1))\n", NixOracle.instantiate().parse().file(file).run().stdout());
    }

    @Test
    void readWriteModeWritesDerivationsToThePrivateStore() {
        NixOracle.Output out = NixOracle.instantiate().eval().strict().readWriteMode()
                .expression("builtins.readFile (derivation { name = \"a\"; builder = \"/bin/sh\"; system = \"x\"; }).drvPath").run();
        assertEquals(0, out.exitCode(), out.stderr());
        assertTrue(out.stdout().startsWith("\"Derive("), out.stdout());
    }

    @Test
    void timesOut() {
        NixOracle.Invocation slow = NixOracle.instantiate().eval().strict()
                .expression("let f = n: if n == 0 then 0 else f (n - 1) + f (n - 1); in f 60").timeout(Duration.ofMillis(300));
        assertTrue(slow.runWithinTimeout().isEmpty());
        assertThrows(NixOracle.TimeoutException.class, slow::run);
    }
}
