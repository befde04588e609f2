package org.nixj.eval.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nixj.testsupport.NixOracle;

/**
 * Compares toJSON, fromJSON, toXML and fromTOML with the installed {@code nix-instantiate} (Nix 2.8), when
 * there is one. Cases where current Nix, which nixj follows, differs from 2.8 are listed in
 * {@link #NEWER_THAN_2_8} and not compared; {@link SerialBuiltinsTest} checks them against current Nix.
 */
class SerialOracleTest {
    /**
     * Known differences between Nix 2.8 and current Nix:
     * <ul>
     * <li>floats in toJSON: 2.8 printed six significant digits ({@code 1}, {@code 0.333333}, {@code 1e-07});
     *     current Nix prints nlohmann's round-trip digits ({@code 1.0}, {@code 0.3333333333333333});
     * <li>control characters in toJSON: 2.8 wrote backspace and form feed as hexadecimal escapes, current Nix as b and f escapes;
     * <li>fromJSON of an unsigned integer past 2^63-1: 2.8 wrapped it around, current Nix refuses it;
     * <li>fromJSON of "": 2.8's nlohmann said "unexpected end of input", current "attempting to parse an empty input";
     * <li>fromJSON of a string with an escaped NUL: 2.8 cut the string there, current Nix refuses it;
     * <li>fromTOML errors: 2.8 said "while parsing a TOML string:", current Nix "while parsing TOML:", and the
     *     toml11 messages themselves are not reproduced by nixj;
     * <li>fromTOML of an integer past 64 bits: 2.8 clamped it, TOML 1.0 (and nixj) call it an error.
     * </ul>
     */
    static final List<String> NEWER_THAN_2_8 = List.of(
            "builtins.toJSON [ 1.0 0.1 1.0e22 1.0e-7 (1.0 / 3) 123456.789 ]",
            "builtins.toJSON (builtins.fromJSON ''\"\\u0001\\b\\f\"'')",
            "builtins.fromJSON \"18446744073709551615\"",
            "builtins.fromJSON \"\"",
            "builtins.fromJSON ''\"a\\u0000b\"''",
            "builtins.fromTOML \"a = 1979-05-27T07:32:00Z\"",
            "builtins.fromTOML \"a = 9223372036854775808\"");

    static Stream<String> cases() {
        return Stream.of(
                "builtins.toJSON { b = [ 1 2 null true false ]; a = \"x\\ny\\t\\\"\\\\\"; c = { }; d = [ ]; }",
                "builtins.toJSON [ 1.5 2.5 0.5 100.5 ]",
                "builtins.toJSON { \"é\" = \"ü€😀\"; \"a b\" = -1; }",
                "builtins.toJSON { __toString = self: \"str\"; x = 1; }",
                "builtins.toJSON { outPath = \"/nix/store/x\"; type = \"derivation\"; }",
                "builtins.toJSON (x: x)",
                "builtins.toJSON (builtins.fromJSON ''\"\\u0001\\u001f\\u007f\"'')",
                "builtins.fromJSON ''{\"a\":1,\"a\":2, \"b\": [1,2,{}], \"c\": -0.0, \"d\": true, \"e\": null}''",
                "builtins.fromJSON \"[-0, -0.0, 1E2, 0.1e-2, 18446744073709551616, -9223372036854775809, 1.5e300]\"",
                "builtins.fromJSON \"9223372036854775807\"",
                "builtins.fromJSON ''\"\\ud83d\\ude00\\u00e9\\/\\b\"''",
                "builtins.fromJSON \" \\n true \\t\"",
                "builtins.fromJSON \"x\"",
                "builtins.fromJSON \"[1, x]\"",
                "builtins.fromJSON \"[1,\\n  tru]\"",
                "builtins.fromJSON ''{\"a\":1,}''",
                "builtins.fromJSON ''{\"a\" 1}''",
                "builtins.fromJSON ''{1:1}''",
                "builtins.fromJSON \"[1 2]\"",
                "builtins.fromJSON \"[1] 2\"",
                "builtins.fromJSON \" \"",
                "builtins.fromJSON \"01\"",
                "builtins.fromJSON \"-\"",
                "builtins.fromJSON \"1.\"",
                "builtins.fromJSON \"1e\"",
                "builtins.fromJSON \"1e+\"",
                "builtins.fromJSON \"nul\"",
                "builtins.fromJSON \"[\"",
                "builtins.fromJSON \"{\"",
                "builtins.fromJSON \"]\"",
                "builtins.fromJSON ''\"\\u00''",
                "builtins.fromJSON ''\"\\x\"''",
                "builtins.fromJSON ''\"\\udc00\"''",
                "builtins.fromJSON ''\"\\ud800\"''",
                "builtins.fromJSON ''\"\\ud800\\u0041\"''",
                "builtins.fromJSON \"\\\"a\\tb\\\"\"",
                "builtins.fromJSON \"\\\"abc\"",
                "builtins.fromJSON \"1e400\"",
                "builtins.fromJSON \"-1e400\"",
                "builtins.toXML { a = 1; b = [ 1.5 null true \"<&>\\\"'\\n\" ]; c = { d = \"x\"; }; }",
                "builtins.toXML (args@{ b, a ? 1, ... }: 1)",
                "builtins.toXML ({ a }@ args: 1)",
                "builtins.toXML { f = x: x; g = { a, b }: a; }",
                "builtins.toXML [ builtins.map (builtins.map (x: x)) ]",
                "builtins.toXML [ 0.1 1.0e22 1.0e-7 (1.0 / 3) 123456.789 ]",
                "builtins.toXML { drv = { type = \"derivation\"; drvPath = \"/nix/store/x.drv\"; outPath = \"/nix/store/x\"; }; "
                        + "again = { type = \"derivation\"; drvPath = \"/nix/store/x.drv\"; name = \"y\"; }; }",
                "builtins.fromTOML ''x = [ inf, -inf, nan, 0x1F, 0o17, 0b101, 1_000, 1e3, -0.0, +1.5, 'lit', \"\\u00e9\\n\" ]''",
                "builtins.fromTOML \"[[t]]\\na=1\\n[[t]]\\nb.c=2\\n[t.d]\\ne=3\\n[x.y]\\nz = { p = 1, q.r = [] }\\n\"",
                "builtins.fromTOML \"a = 9223372036854775807\\nb = -9223372036854775808\\nc = 1e-400\\nd = 6.626e-34\"",
                "builtins.fromTOML \"s = '''\\nab'''''\\nt = \\\"\\\"\\\"x\\\\\\n   y\\\"\\\"\\\"\\nu = \\\"\\\\U0001F600\\\"\"",
                "builtins.fromTOML \"[fruit]\\napple.color = 'red'\\n[fruit.apple.texture]\\nsmooth = true\"",
                "builtins.fromTOML \"a = [[1, 2], ['a'], [{b = 1}]]\"",
                "builtins.fromTOML \"\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesNixInstantiate(String expression) throws Exception {
        NixOracle.assumeInstalled();
        assertEquals(nix(expression), firstLine(org.nixj.source.ByteStrings.decode(Eval.strict(expression))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("newer")
    void differsFromNix28AsDocumented(String expression) throws Exception {
        NixOracle.assumeInstalled();
        assertNotEquals(nix(expression), firstLine(org.nixj.source.ByteStrings.decode(Eval.strict(expression))));
    }

    static Stream<String> newer() {
        return NEWER_THAN_2_8.stream();
    }

    static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The first line nix-instantiate prints, on standard output or (for an error) standard error. */
    static String nix(String expression) {
        NixOracle.Output out = NixOracle.instantiate().eval().strict().expression(expression).directory(Path.of("/tmp")).run();
        return firstLine(out.exitCode() == 0 ? out.stdoutUtf8() : out.stderrUtf8());
    }
}
