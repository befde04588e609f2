package org.nixj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nixj repl} driven through a pipe: JLine's dumb terminal reads the lines, values come out uncoloured. */
class ReplCommandTest {
    @TempDir
    Path dir;

    @Test
    void evaluatesLinesFromAPipe() {
        CliRun r = CliRun.withInput("1 + 2\nlet\n  x = 20;\nin x * 2\nfoo\n\"still here\"\n:q\n", "repl",
                "--store", dir.resolve("store").toString());
        assertEquals(0, r.exitCode());
        // A dumb terminal shows the prompts and not the input: the two continuation prompts are blanks.
        String continuation = " ".repeat("nixj-repl> ".length());
        assertEquals("nixj-repl> 3\n\nnixj-repl> " + continuation.repeat(2) + "40\n\nnixj-repl> \nnixj-repl> \"still here\"\n\nnixj-repl> ",
                r.out());
        assertTrue(r.err().startsWith("nixj "), r.err());
        assertTrue(r.err().contains("Type :? for help.\nerror: undefined variable 'foo'"), r.err());
    }

    @Test
    void theEndOfInputLeaves() {
        CliRun r = CliRun.withInput("1\n", "repl", "--store", dir.resolve("store").toString());
        assertEquals(0, r.exitCode());
        assertEquals("nixj-repl> 1\n\nnixj-repl> \n", r.out());
    }

    @Test
    void loadsTheExpressionFileAndFlakeItIsGiven() throws IOException {
        String store = dir.resolve("store").toString();
        CliRun expr = CliRun.withInput("a + b\n", "repl", "--store", store, "--expr", "{ a = 1; b = 2; }");
        assertTrue(expr.out().contains("3\n"), expr.out());
        assertTrue(expr.err().contains("Added 2 variables."), expr.err());

        CliRun attr = CliRun.withInput("c\n", "repl", "--store", store, "--expr", "{ a.c = 5; }", "a");
        assertTrue(attr.out().contains("5\n"), attr.out() + attr.err());

        Path file = dir.resolve("vars.nix");
        Files.writeString(file, "{ x ? 1 }: { y = x + 1; }");
        CliRun loaded = CliRun.withInput("y\n", "repl", "--store", store, "--arg", "x", "41", file.toString());
        assertTrue(loaded.out().contains("42\n"), loaded.out() + loaded.err());

        Path flake = Files.createDirectories(dir.resolve("flake"));
        Files.writeString(flake.resolve("flake.nix"), "{ outputs = { self }: { greeting = \"hi\"; }; }");
        CliRun fromFlake = CliRun.withInput("greeting\n", "repl", "--store", store, "path:" + flake);
        assertTrue(fromFlake.out().contains("\"hi\"\n"), fromFlake.out() + fromFlake.err());
    }

    @Test
    void optionListsEveryDefinitionWithItsPriority() throws IOException {
        // The installer sets the autologin user with a plain definition; this host overrides it with mkForce.
        Path host = dir.resolve("host.nix");
        Files.writeString(host, """
                { lib, modulesPath, ... }: {
                  imports = [ "${modulesPath}/installer/cd-dvd/installation-cd-minimal.nix" ];
                  services.getty.autologinUser = lib.mkForce "root";
                }
                """);
        CliRun r = CliRun.withInput(":o services.getty.autologinUser\n", "repl", "--store", dir.resolve("store").toString(),
                "-I", "nixos-config=" + host, "<nixpkgs/nixos>");
        assertEquals(0, r.exitCode(), r.err());
        String out = r.out();
        assertTrue(out.contains("Value:\n  \"root\"\n"), out);
        int forced = out.indexOf(host + " (priority 50, mkForce):\n    \"root\"");
        int installer = out.indexOf("installation-device.nix (priority 100, a plain definition; overridden):\n    \"nixos\"");
        int fallback = out.indexOf("getty.nix (priority 1500, the option's default; overridden):\n    null");
        assertTrue(forced > 0 && installer > forced && fallback > installer, out);
    }

    @Test
    void aFailedLoadLeavesAUsableSession() {
        CliRun r = CliRun.withInput("1\n", "repl", "--store", dir.resolve("store").toString(), "--expr", "throw \"bad\"");
        assertEquals(0, r.exitCode());
        assertTrue(r.err().contains("error: bad"), r.err());
        assertTrue(r.out().contains("1\n"), r.out());
    }
}
