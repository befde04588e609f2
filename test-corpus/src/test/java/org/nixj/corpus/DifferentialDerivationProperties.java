package org.nixj.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.nixj.testsupport.NixOracle;

/**
 * Random derivations get the {@code drvPath}, {@code outPath}, {@code .drv} text and context that
 * {@code nix-instantiate} gives them (where it is installed; with {@code --read-write-mode}, so that Nix
 * writes the {@code .drv} files it reads back). The generator varies names, systems, environment values of
 * every type, argument lists, output lists, fixed-output hashes in every format, structured attributes,
 * ignored nulls and dependencies on other derivations (whole, one output, or the {@code .drv} itself).
 */
class DifferentialDerivationProperties {
    private static final String SHA256_HEX = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

    @BeforeContainer
    static void needsNix() {
        NixOracle.assumeInstalled();
    }

    @Property(tries = 100)
    void derivationsAreNixs(@ForAll("derivations") String drv) {
        String expr = "let d = " + drv + "; in [ d.drvPath d.outPath (builtins.readFile d.drvPath) (builtins.getContext \"${d}\") ]";
        List<String> args = List.of("--eval", "--strict", "--read-write-mode", "-E", expr);
        NixOracle.Output nix = NixOracle.instantiate().args(args).home("/home/nixj").directory(Path.of("/")).run();
        NixjEvalRun nixj = NixjEvalRun.instantiate(args);
        Statistics.label("Nix succeeds").collect(nix.exitCode() == 0);
        String expected = nix.exitCode() == 0 ? nix.stdout() : "exit " + nix.exitCode();
        String actual = nixj.exitCode() == 0 ? nixj.out() : "exit " + nixj.exitCode();
        assertEquals(expected, actual, expr + "\nnix stderr: " + nix.stderr() + "\nnixj stderr: " + nixj.err());
    }

    @Provide
    Arbitrary<String> derivations() {
        return derivation(2);
    }

    private Arbitrary<String> derivation(int depth) {
        Arbitrary<String> name = Arbitraries.strings().withChars("abcXYZ019+-._?=").ofMinLength(1).ofMaxLength(12)
                .filter(n -> !n.startsWith(".") && !n.endsWith(".drv"));
        Arbitrary<String> system = Arbitraries.of("x86_64-linux", "aarch64-linux", "x86_64-darwin", "");
        Arbitrary<Map<String, String>> env = Arbitraries.maps(Arbitraries.of("a", "b", "z", "args2", "src", "passAsFile", "meta"),
                value(depth)).ofMaxSize(4);
        Arbitrary<String> outputs = Arbitraries.of("", "outputs = [ \"out\" \"dev\" ];", "outputs = [ \"lib\" \"out\" ];",
                "outputs = [ \"bin\" ];", "outputs = \"out doc\";");
        Arbitrary<String> fixed = Arbitraries.of("", "outputHash = \"" + SHA256_HEX + "\"; outputHashAlgo = \"sha256\";",
                "outputHash = \"sha256-LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ=\"; outputHashMode = \"recursive\";",
                "outputHash = \"094qif9n4cq4fdg459qzbhg1c6wywawwaaivx0k0x8xhbyx4vwic\"; outputHashAlgo = \"sha256\"; outputHashMode = \"flat\";",
                "outputHash = \"aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d\"; outputHashAlgo = \"sha1\"; outputHashMode = \"recursive\";");
        Arbitrary<String> flags = Arbitraries.of("", "__structuredAttrs = true;", "__ignoreNulls = true;", "args = [ \"-c\" 1 true ];");
        return Combinators.combine(name, system, env, outputs, fixed, flags).as((n, s, e, o, f, x) -> {
            StringBuilder out = new StringBuilder("(derivation { name = ").append(NixLiteral.string(n)).append("; builder = \"/bin/sh\"; system = ")
                    .append(NixLiteral.string(s)).append("; ");
            e.forEach((k, v) -> out.append(k).append(" = ").append(v).append("; "));
            // A fixed output may not have several outputs: Nix refuses it, and that is not what this compares.
            out.append(f.isEmpty() ? o : f).append(' ').append(x);
            return out.append(" })").toString();
        });
    }

    private Arbitrary<String> value(int depth) {
        List<Arbitrary<String>> choices = new ArrayList<>(List.of(
                Arbitraries.strings().withChars("ab é\\\"\n\t$").ofMaxLength(6).map(NixLiteral::string),
                Arbitraries.integers().between(-5, 5).map(i -> i < 0 ? "(" + i + ")" : Integer.toString(i)),
                Arbitraries.of("true", "false", "null", "1.5", "[ \"x\" 2 [ ] ]", "{ k = \"v\"; }.k", "builtins.toFile \"t\" \"x\"")));
        if (depth > 0) {
            Arbitrary<String> dep = Arbitraries.lazy(() -> derivation(depth - 1));
            choices.add(dep);
            choices.add(dep.map(d -> "(" + d + ").drvPath"));
            choices.add(dep.map(d -> "\"${" + d + "}/bin\""));
            choices.add(dep.map(d -> "(builtins.unsafeDiscardOutputDependency (" + d + ").drvPath)"));
        }
        return Arbitraries.oneOf(choices);
    }

}
