package org.nixj.eval.builtins;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.nixj.eval.Interpreter;
import org.nixj.eval.code.Compiler;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.Value;
import org.nixj.parser.SourceParser;
import org.nixj.source.Source;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;
import org.nixj.store.hash.HashFormat;

/**
 * Derivations: {@code derivationStrict} (see {@link DerivationStrict}), {@code placeholder}, and
 * {@code derivation}, which is Nix code ({@code derivation.nix}) on top of {@code derivationStrict}, as in Nix.
 */
final class DerivationBuiltins {
    /** Where positions in {@code derivation.nix} point, like Nix's internal file of the same role. */
    private static final String DERIVATION_FILE = "\u00abnix-internal\u00bb/derivation-internal.nix";

    private DerivationBuiltins() {}

    static void register(BuiltinTable t) {
        t.globalFunction("derivationStrict", 1, DerivationStrict::call);
        t.globalFunction("placeholder", 1, a -> NixString.of(placeholder(a.stringNoContext(0))));
    }

    /**
     * {@code placeholder output}: the text a builder finds in place of the path of {@code output}, which Nix
     * rewrites to the real path: {@code /} and the nix32 SHA-256 of {@code nix-output:<output>}.
     */
    static String placeholder(String output) {
        String text = "nix-output:" + output;
        return "/" + Hash.ofByteString(HashAlgorithm.SHA256, text).format(HashFormat.NIX32, false);
    }

    /** The {@code derivation} function, compiled against the other globals (it calls derivationStrict). */
    static Value derivationFunction(Interpreter interpreter, Map<String, Value> globals) {
        byte[] code;
        try (InputStream in = DerivationBuiltins.class.getResourceAsStream("derivation.nix")) {
            code = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Source source = Source.ofFile(DERIVATION_FILE, code);
        return new Compiler(interpreter, globals).compile(SourceParser.parse(source, "/")).eval(null);
    }
}
