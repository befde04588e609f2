package org.nixj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.testsupport.NixOracle;

/** {@code nixj instantiate} without --eval: .drv files written, their paths printed as nix-instantiate prints them. */
class InstantiateDerivationsTest {
    @TempDir
    Path dir;

    Path file;

    @BeforeEach
    void writeExpression() throws IOException {
        file = dir.resolve("d.nix");
        Files.writeString(file, """
                rec {
                  a = derivation { name = "a"; system = "x86_64-linux"; builder = "/bin/sh"; };
                  b = derivation { name = "b"; system = "x86_64-linux"; builder = "/bin/sh"; outputs = [ "out" "dev" ]; };
                  n = 1;
                  sub = { recurseForDerivations = true; c = derivation { name = "c"; system = "x86_64-linux"; builder = "/bin/sh"; }; };
                  hidden = { d = derivation { name = "d"; system = "x86_64-linux"; builder = "/bin/sh"; }; };
                }
                """);
    }

    @Test
    void writesTheDrvFilesAndPrintsTheirPaths() throws IOException {
        Path store = dir.resolve("store");
        CliRun all = CliRun.run("instantiate", "--store", store.toString(), file.toString());
        assertEquals(0, all.exitCode(), all.err());
        String[] lines = all.out().split("\n");
        assertEquals(3, lines.length, all.out());
        assertTrue(lines[0].matches("/nix/store/[0-9a-z]{32}-a\\.drv") && lines[2].endsWith("-c.drv"), all.out());
        for (String line : lines) {
            assertTrue(Files.isRegularFile(store.resolve(line.substring("/nix/store/".length()))), line + " is written");
        }
        assertEquals("warning: you did not specify '--add-root'; the result might be removed by the garbage collector\n", all.err());

        CliRun dev = CliRun.run("instantiate", "--store", store.toString(), file.toString(), "-A", "b.dev");
        assertTrue(dev.out().matches("/nix/store/[0-9a-z]{32}-b\\.drv!dev\n"), dev.out());
    }

    @Test
    void aValueWithoutDerivationsIsAnError() {
        CliRun r = CliRun.run("instantiate", "-E", "1");
        assertEquals(1, r.exitCode());
        assertEquals("error: expression does not evaluate to a derivation (or a set or list of those)\n", r.err());
    }

    @Test
    void printsWhatNixInstantiatePrints() {
        NixOracle.assumeInstalled();
        NixOracle.Output nix = NixOracle.instantiate().file(file).run();
        CliRun nixj = CliRun.run("instantiate", "--store", dir.resolve("store").toString(), file.toString());
        assertEquals(nix.stdoutUtf8(), nixj.out());
        assertEquals(nix.exitCode(), nixj.exitCode());
    }
}
