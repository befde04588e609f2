package org.nixj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nixj.parser.ParseError;
import org.nixj.parser.SourceParser;
import org.nixj.source.ErrorRenderer;
import org.nixj.source.Source;
import org.nixj.syntax.Expr;

/**
 * Large inputs: a generated ~10 MB attribute set of package-like bindings parses into one set with every
 * binding, and 10 MB of random bytes ends in a clean {@link ParseError}. Durations are printed, not asserted.
 */
class LargeInputTest {
    static final int TARGET_BYTES = 10 * 1024 * 1024;

    /** About 10 MB of realistic Nix: {@code { pkg0 = { ... }; pkg1 = { ... }; ... }}. */
    static String bigAttrSet() {
        StringBuilder out = new StringBuilder(TARGET_BYTES + 1024);
        out.append("# generated\n{ lib, fetchurl, ... }:\nlet\n  common = { license = lib.licenses.mit; };\nin rec {\n");
        int i = 0;
        while (out.length() < TARGET_BYTES) {
            out.append("  pkg").append(i).append(" = lib.makeOverridable ({ stdenv, enableFoo ? false, ... }@args: {\n")
                    .append("    pname = \"pkg").append(i).append("\";\n")
                    .append("    version = \"").append(i % 7).append('.').append(i % 13).append(".0\";\n")
                    .append("    src = fetchurl { url = \"https://example.org/pkg").append(i)
                    .append("-${version}.tar.gz\"; sha256 = \"0").append(Integer.toHexString(i * 2654435761L > 0 ? i : -i))
                    .append("\"; };\n")
                    .append("    patches = [ ./patches/fix-").append(i).append(".patch ] ++ lib.optional enableFoo ./foo.patch;\n")
                    .append("    buildInputs = with args; [ stdenv zlib openssl ];\n")
                    .append("    meta = common // { description = ''\n      Package number ").append(i)
                    .append(", ${pname}.\n    ''; priority = ").append(i % 10).append("; weight = ").append(i % 100)
                    .append(".5; };\n")
                    .append("    passthru.tests = if i > 1 && !(x == null) then { inherit (lib) id; } else { };\n")
                    .append("  }) { };\n");
            i++;
        }
        out.append("}\n");
        return out.toString();
    }

    @Test
    void tenMegabytesOfBindingsParse() {
        String text = bigAttrSet();
        long start = System.nanoTime();
        Expr e = SourceParser.parse(Source.ofExpression(text, "/base"), "/home/u");
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("LargeInputTest: parsed %d bytes of bindings in %d ms%n", text.length(), millis);
        Expr.Lambda lambda = assertInstanceOf(Expr.Lambda.class, e);
        Expr.Let let = assertInstanceOf(Expr.Let.class, lambda.body());
        Expr.AttrSet set = assertInstanceOf(Expr.AttrSet.class, let.body());
        assertTrue(set.recursive());
        int count = 0;
        for (int i = 0; text.contains("  pkg" + i + " = "); i += 1000) {
            count = i;
        }
        assertTrue(set.bindings().size() > count, "bindings: " + set.bindings().size());
        assertEquals("pkg0", set.bindings().get(0).name());
    }

    @Test
    void tenMegabytesOfRandomBytesFailCleanly() {
        byte[] bytes = new byte[TARGET_BYTES];
        new Random(42).nextBytes(bytes);
        long start = System.nanoTime();
        ParseError error = assertThrows(ParseError.class, () -> SourceParser.parse(Source.ofFile("/random.nix", bytes), "/home/u"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("LargeInputTest: random bytes failed in %d ms: %s%n", millis, error.getMessage());
        assertTrue(ParserRobustnessProperties.KNOWN_PREFIXES.stream().anyMatch(error.getMessage()::startsWith), error.getMessage());
        assertTrue(error.pos().offset() >= 0 && error.pos().offset() <= bytes.length);
        assertTrue(ErrorRenderer.render(error).startsWith("error: "));
    }

    @Test
    void tenMegabytesOfPrintableNoiseFailCleanly() {
        Random random = new Random(7);
        byte[] bytes = new byte[TARGET_BYTES];
        String alphabet = "abcxyz019 \n\t{}[]()\"'$\\;:.=@?!<>|&/+-*#~,";
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
        }
        long start = System.nanoTime();
        ParseError error = assertThrows(ParseError.class, () -> SourceParser.parse(Source.ofFile("/noise.nix", bytes), "/home/u"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("LargeInputTest: printable noise failed in %d ms: %s%n", millis, error.getMessage());
        assertTrue(ParserRobustnessProperties.KNOWN_PREFIXES.stream().anyMatch(error.getMessage()::startsWith), error.getMessage());
        assertTrue(ErrorRenderer.render(error).startsWith("error: "));
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
