package org.nixj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {
    @TempDir
    Path dir;

    @Test
    void instantiateParsesExpressions() {
        CliRun r = CliRun.run("instantiate", "--parse", "-E", "x: x + 1");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("(x: (x + 1))\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void parseReadsFilesAndResolvesRelativePathsAgainstTheirDirectory() throws IOException {
        Path file = dir.resolve("a.nix");
        Files.writeString(file, "./b/c.nix");
        CliRun r = CliRun.run("parse", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(dir.toRealPath().resolve("b/c.nix") + "\n", r.out());
    }

    /** Trace output is the string's bytes, not their UTF-8 encoding a second time. */
    @Test
    void traceWritesTheBytesOfItsMessage() {
        CliRun r = CliRun.run("instantiate", "--eval", "-E", "builtins.trace \"\u00e9\" 1");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("1\n", r.out());
        assertEquals("trace: \u00e9\n", r.err());
    }

    @Test
    void parseReadsStandardInput() {
        CliRun r = CliRun.withInput("{ b = 2; a = 1; }", "parse", "-");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("{ a = 1; b = 2; }\n", r.out());
    }

    @Test
    void parseDoesNotCheckVariablesButInstantiateDoes() {
        assertEquals("(f x)\n", CliRun.withInput("f x", "parse", "-").out());
        CliRun r = CliRun.run("instantiate", "--parse", "-E", "f x");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("error: undefined variable 'f'\n       at \u00abstring\u00bb:1:1:\n"), r.err());
    }

    @Test
    void storeOptionPutsTheStoreInTheGivenDirectory() throws IOException {
        Path store = dir.resolve("store");
        CliRun r = CliRun.run("instantiate", "--store", store.toString(), "--eval", "-E",
                "let p = builtins.toFile \"x\" \"y\"; in builtins.seq (builtins.readFile p) p");
        assertEquals(0, r.exitCode(), r.err());
        // The path is computed for /nix/store whatever the physical directory.
        assertEquals("\"/nix/store/lfngsssysp6h1v4ccqg23c52s9sjl779-x\"\n", r.out());
        assertEquals("y", Files.readString(store.resolve("lfngsssysp6h1v4ccqg23c52s9sjl779-x")));
    }

    @Test
    void textObjectsAreWrittenOnlyWhenRead() {
        Path store = dir.resolve("store");
        CliRun r = CliRun.run("instantiate", "--store", store.toString(), "--eval", "--strict", "-E",
                "[ (builtins.toFile \"x\" \"y\") (derivation { name = \"a\"; builder = \"/bin/sh\"; system = \"x86_64-linux\"; }).drvPath ]");
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(Files.exists(store.resolve("lfngsssysp6h1v4ccqg23c52s9sjl779-x")), "toFile's text was written");
        assertTrue(r.out().contains("-a.drv"), r.out());
        assertFalse(Files.exists(store.resolve(r.out().replaceAll("(?s).*/nix/store/([^\"]*-a\\.drv).*", "$1"))),
                "the .drv file was written");
    }

    @Test
    void evalPrintsDerivationsByTheirDrvPath() {
        CliRun r = CliRun.run("eval", "--store", dir.resolve("store").toString(), "--expr",
                "derivation { name = \"a\"; builder = \"/bin/sh\"; system = \"x86_64-linux\"; }");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("\u00abderivation /nix/store/7g5giqf764p3y3zv7a8rqsy9sqqq5kw4-a.drv\u00bb\n", r.out());
    }

    @Test
    void syntaxErrorsPrintLikeNixAndExitWithOne() {
        CliRun r = CliRun.run("instantiate", "--parse", "-E", "let a = 1 in a");
        assertEquals(1, r.exitCode());
        assertEquals("", r.out());
        assertEquals("""
                error: syntax error, unexpected 'in', expecting ';'
                       at \u00abstring\u00bb:1:11:
                            1| let a = 1 in a
                             |           ^
                """, r.err());
    }

    @Test
    void missingFilesAreReportedWithoutAStackTrace() {
        CliRun r = CliRun.run("parse", dir.resolve("nope.nix").toString());
        assertEquals(1, r.exitCode());
        assertEquals("error: getting status of '" + dir.resolve("nope.nix") + "': No such file or directory\n", r.err());
    }

    @Test
    void aDirectoryMeansItsDefaultNix() throws IOException {
        Files.writeString(dir.resolve("default.nix"), "[ 1 ]");
        CliRun r = CliRun.run("parse", dir.toString());
        assertEquals("[ (1) ]\n", r.out());
    }

    @Test
    void instantiateEvalPrintsLikeNixInstantiate() {
        CliRun r = CliRun.run("instantiate", "--eval", "--strict", "-E", "{ b = [ 1 (x: x) ]; a = \"s\"; }");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("{ a = \"s\"; b = [ 1 <LAMBDA> ]; }\n", r.out());
    }

    @Test
    void evaluationErrorsExitWithOne() {
        CliRun r = CliRun.run("instantiate", "--eval", "-E", "{ }.x");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("error: attribute 'x' missing\n       at «string»:1:1:"), r.err());
    }

    @Test
    void evalPrintsLikeNixEval() {
        CliRun r = CliRun.run("eval", "--expr", "{ a = [ 1 2 ]; }", "--apply", "x: x.a");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("[\n  1\n  2\n]\n", r.out());
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        CliRun r = CliRun.run("parse", "--frobnicate", "x.nix");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("error: unrecognised flag '--frobnicate'\nTry 'nixj parse --help'"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "parse", "instantiate", "completion"})
    void everyCommandHasHelpAndVersion(String command) {
        String[] help = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
        String[] version = command.isEmpty() ? new String[] {"--version"} : new String[] {command, "--version"};
        CliRun h = CliRun.run(help);
        assertEquals(0, h.exitCode());
        assertTrue(h.out().startsWith("Usage: nixj"), h.out());
        CliRun v = CliRun.run(version);
        assertEquals(0, v.exitCode());
        assertTrue(v.out().startsWith("nixj "), v.out());
    }

    @Test
    void completionScriptCoversTheSubcommands() {
        CliRun r = CliRun.run("completion");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("instantiate") && r.out().contains("parse"));
        assertFalse(r.out().isEmpty());
    }
}
