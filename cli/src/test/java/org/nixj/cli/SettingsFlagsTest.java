package org.nixj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The flags and settings scripts give {@code nix-instantiate}, {@code nix eval}, {@code nix build} and
 * {@code nix repl}: {@code --option}, the flags named after settings, experimental features, the lints and
 * repeated flags, on every command that evaluates.
 */
class SettingsFlagsTest {
    private static final String DEEP = "let f = n: if n == 0 then 0 else f (n - 1); in f 50";

    @Test
    void maxCallDepthAsOptionAndAsFlag() {
        for (String[] args : new String[][] {{"--option", "max-call-depth", "20"}, {"--max-call-depth", "20"}}) {
            CliRun r = CliRun.run(concat(new String[] {"instantiate", "--eval", "-E", DEEP}, args));
            assertEquals(1, r.exitCode(), r.err());
            assertTrue(r.err().startsWith("error: stack overflow; max-call-depth exceeded"), r.err());
        }
        assertEquals("0\n", CliRun.run("instantiate", "--eval", "-E", DEEP, "--max-call-depth", "100").out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"eval", "build"})
    void nixCommandsTakeTheSameSettings(String command) {
        CliRun r = CliRun.run(command, "--max-call-depth", "20", "--expr", DEEP);
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("max-call-depth exceeded"), r.err());
    }

    @Test
    void replTakesTheSameSettings() {
        CliRun r = CliRun.withInput("1 |> builtins.toString\n", "repl", "--extra-experimental-features", "pipe-operators",
                "--abort-on-warn");
        assertTrue(r.out().contains("\"1\""), r.out() + r.err());
        r = CliRun.withInput("1 |> builtins.toString\n", "repl");
        assertTrue(r.err().contains("experimental Nix feature 'pipe-operators' is disabled"), r.out() + r.err());
    }

    @Test
    void abortOnWarnFailsAfterTheWarning() {
        CliRun r = CliRun.run("instantiate", "--eval", "-E", "builtins.warn \"old\" 1", "--abort-on-warn");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("evaluation warning: old\n"), r.err());
        assertTrue(r.err().contains("error: aborting to reveal stack trace of warning, as abort-on-warn is set"), r.err());
        CliRun off = CliRun.run("instantiate", "--eval", "-E", "builtins.warn \"old\" 1", "--abort-on-warn", "--no-abort-on-warn");
        assertEquals("1\n", off.out(), off.err());
    }

    @Test
    void unknownSettingsWarnAndInertOnesAreSilent() {
        CliRun r = CliRun.run("eval", "--expr", "1", "--option", "frobnicate", "yes", "--option", "substituters", "",
                "--option", "sandbox", "relaxed");
        assertEquals("1\n", r.out(), r.err());
        assertEquals("warning: unknown setting 'frobnicate'\n", r.err());
        CliRun instantiate = CliRun.run("instantiate", "--eval", "-E", "1", "--option", "frobnicate", "yes");
        assertEquals("", instantiate.err(), "nix-instantiate does not report unknown settings");
    }

    @Test
    void badValuesAreRefusedAsNixRefusesThem() {
        CliRun r = CliRun.run("instantiate", "--eval", "-E", "1", "--option", "abort-on-warn", "maybe");
        assertEquals("1\n", r.out(), "--option only warns");
        assertEquals("warning: error: Boolean setting 'abort-on-warn' has invalid value 'maybe'\n", r.err());
        r = CliRun.run("instantiate", "--eval", "-E", "1", "--max-call-depth", "deep");
        assertTrue(r.err().startsWith("error: setting 'max-call-depth' has invalid value 'deep'"), r.err());
        r = CliRun.run("instantiate", "--eval", "-E", "1", "--lint-url-literals", "loud");
        assertTrue(r.err().startsWith("error: option 'lint-url-literals' has invalid value 'loud' (expected 'ignore', 'warn',"
                + " or 'fatal')"), r.err());
    }

    @Test
    void pipeOperatorsNeedTheExperimentalFeature() {
        CliRun off = CliRun.run("instantiate", "--eval", "-E", "[ 1 ] |> builtins.length");
        assertEquals(1, off.exitCode());
        assertTrue(off.err().startsWith("error: experimental Nix feature 'pipe-operators' is disabled; add"
                + " '--extra-experimental-features pipe-operators' to enable it\n       at «string»:1:7:"), off.err());
        for (String[] on : new String[][] {{"--extra-experimental-features", "pipe-operators"},
                {"--experimental-features", "flakes pipe-operators"}, {"--option", "extra-experimental-features", "pipe-operators"}}) {
            CliRun r = CliRun.run(concat(new String[] {"instantiate", "--eval", "-E", "[ 1 ] |> builtins.length"}, on));
            assertEquals("1\n", r.out(), r.err());
        }
        CliRun replaced = CliRun.run("instantiate", "--eval", "-E", "[ 1 ] |> builtins.length",
                "--extra-experimental-features", "pipe-operators", "--experimental-features", "flakes");
        assertEquals(1, replaced.exitCode(), "a later --experimental-features replaces the list");
        CliRun options = CliRun.run("instantiate", "--eval", "-E", "[ 1 ] |> builtins.length",
                "--option", "experimental-features", "flakes", "--option", "extra-experimental-features", "pipe-operators");
        assertEquals("1\n", options.out(), options.err());
        CliRun parse = CliRun.run("instantiate", "--parse", "-E", "f <| 1");
        assertTrue(parse.err().contains("'pipe-operators' is disabled"), parse.err());
    }

    @Test
    void lintsWarnOrRefuse() {
        CliRun warn = CliRun.run("instantiate", "--eval", "-E", "foo/bar", "--lint-short-path-literals", "warn");
        assertEquals(0, warn.exitCode(), warn.err());
        assertTrue(warn.err().startsWith("warning: relative path literal 'foo/bar' should be prefixed with '.' for"
                + " clarity: './foo/bar' (lint-short-path-literals)\n         at «string»:1:1:"), warn.err());
        CliRun fatal = CliRun.run("instantiate", "--eval", "-E", "http://x.org", "--lint-url-literals", "fatal");
        assertEquals(1, fatal.exitCode());
        assertTrue(fatal.err().startsWith("error: URL literals are disallowed. Consider using a string literal"
                + " \"http://x.org\" instead (lint-url-literals)"), fatal.err());
        CliRun quiet = CliRun.run("instantiate", "--eval", "-E", "./foo", "--lint-short-path-literals", "fatal");
        assertEquals(0, quiet.exitCode(), quiet.err());
        assertEquals("", quiet.err());
    }

    @Test
    void repeatedFlagsAreAccepted() {
        CliRun r = CliRun.run("instantiate", "--eval", "--eval", "-E", "-E", "1 + 1", "--strict", "--strict");
        assertEquals("2\n", r.out(), r.err());
        CliRun twoExpressions = CliRun.run("instantiate", "--eval", "-E", "1", "-E", "2");
        assertEquals("1\n2\n", twoExpressions.out(), twoExpressions.err());
    }

    @Test
    void instantiateAcceptsImpureAndReadonlyMode() {
        CliRun r = CliRun.run("instantiate", "--eval", "--impure", "--readonly-mode", "-E", "builtins.currentSystem != \"\"");
        assertEquals("true\n", r.out(), r.err());
    }

    @Test
    void systemSettingIsTheCurrentSystem() {
        CliRun r = CliRun.run("instantiate", "--eval", "-E", "builtins.currentSystem", "--option", "system", "riscv64-linux");
        assertEquals("\"riscv64-linux\"\n", r.out(), r.err());
    }

    @Test
    void pureEvalSettingMakesInstantiatePure() {
        CliRun r = CliRun.run("instantiate", "--eval", "-E", "builtins.getEnv \"HOME\"", "--option", "pure-eval", "true");
        assertEquals("\"\"\n", r.out(), r.err());
    }

    @Test
    void restrictEvalRefusesFilesOutsideTheSearchPath() {
        CliRun r = CliRun.run("instantiate", "--eval", "-E", "builtins.readFile /etc/hostname", "--restrict-eval");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("error: access to absolute path '/etc/hostname' is forbidden in restricted mode"), r.err());
        CliRun allowed = CliRun.run("instantiate", "--eval", "-E", "builtins.pathExists /etc/hostname", "--restrict-eval", "-I", "/etc");
        assertEquals("true\n", allowed.out(), allowed.err());
    }

    @Test
    void noShowTraceUndoesShowTrace() {
        String expr = "let f = x: throw \"stop\"; in f 1";
        CliRun traced = CliRun.run("instantiate", "--eval", "-E", expr, "--show-trace");
        CliRun untraced = CliRun.run("instantiate", "--eval", "-E", expr, "--show-trace", "--no-show-trace");
        assertTrue(traced.err().contains("from call site"), traced.err());
        assertFalse(untraced.err().contains("from call site"), untraced.err());
        CliRun viaOption = CliRun.run("instantiate", "--eval", "-E", expr, "--option", "show-trace", "true");
        assertEquals(traced.err(), viaOption.err());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
