package org.nixj.eval.builtins;

import org.nixj.eval.Interpreter;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixString;
import org.nixj.source.Pos;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;
import org.nixj.store.hash.HashException;
import org.nixj.store.hash.HashFormat;

/**
 * Builtins that hash or re-encode hashes: {@code hashString}, {@code hashFile} and {@code convertHash}. The
 * hashing and the formats live in {@link org.nixj.store.hash}; this class forces the arguments in Nix's
 * order and turns {@link HashException}s into evaluation errors.
 */
final class HashBuiltins {
    private HashBuiltins() {}

    static void register(BuiltinTable t) {
        t.function("hashString", 2, a -> {
            HashAlgorithm algorithm = hashOrFail(() -> HashAlgorithm.parse(a.stringNoContext(0)));
            // The string's context is allowed and dropped, as in Nix.
            String s = a.string(1).value();
            return NixString.of(hashOrFail(() -> Hash.ofByteString(algorithm, s)).format(HashFormat.BASE16, false));
        });
        t.function("hashFile", 2, a -> {
            HashAlgorithm algorithm = hashOrFail(() -> HashAlgorithm.parse(a.stringNoContext(0)));
            return NixString.of(a.interpreter().hashFile(a.path(1), algorithm).format(HashFormat.BASE16, false));
        });
        t.function("convertHash", 1, HashBuiltins::convertHash);
    }

    /**
     * {@code convertHash { hash; hashAlgo ? null; toHashFormat; }}: the attributes are looked up and forced
     * in Nix's order (hash, hashAlgo, toHashFormat), which decides which error a bad call reports.
     */
    private static NixString convertHash(Args a) {
        NixAttrs args = a.attrs(0);
        String hash = a.interpreter().forceStringNoContext(required(args, "hash"), a.pos(),
                "while evaluating the attribute 'hash'");
        Lazy algoValue = args.get("hashAlgo");
        HashAlgorithm algorithm = null;
        if (algoValue != null) {
            String name = a.interpreter().forceStringNoContext(algoValue, a.pos(), "while evaluating the attribute 'hashAlgo'");
            algorithm = hashOrFail(() -> HashAlgorithm.parse(name));
        }
        String formatName = a.interpreter().forceStringNoContext(required(args, "toHashFormat"), a.pos(),
                "while evaluating the attribute 'toHashFormat'");
        HashFormat format = hashOrFail(() -> HashFormat.parse(formatName,
                warning -> a.interpreter().warn(warning)));
        HashAlgorithm expected = algorithm;
        Hash parsed = hashOrFail(() -> Hash.parseAny(hash, expected));
        return NixString.of(parsed.format(format, format == HashFormat.SRI));
    }

    /** Nix's {@code getAttr}: a missing attribute is a type error without a position of its own. */
    private static Lazy required(NixAttrs attrs, String name) {
        return Interpreter.requireAttr(attrs, name, null, "while locating the attribute '" + name + "'");
    }

    private interface HashStep<T> {
        T run();
    }

    /**
     * Runs a step of the hash library. Its errors are Nix's BadHash and UsageError, which carry no position:
     * the builtin call's frame places them.
     */
    private static <T> T hashOrFail(HashStep<T> step) {
        try {
            return step.run();
        } catch (HashException e) {
            throw new EvalError(ErrorKind.EVAL, e.getMessage(), (Pos) null);
        }
    }
}
