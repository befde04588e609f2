package org.nixj.eval.builtins;

import java.util.Optional;
import org.nixj.eval.EvalStore;
import org.nixj.eval.Interpreter;
import org.nixj.eval.NixPaths;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.Value;
import org.nixj.fetch.FetchException;
import org.nixj.fetch.Fetchers;
import org.nixj.source.Pos;
import org.nixj.store.BadStorePathException;
import org.nixj.store.StorePath;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;
import org.nixj.store.hash.HashException;
import org.nixj.store.hash.HashFormat;

/**
 * {@code fetchurl} and {@code fetchTarball}, and the registration of the tree fetchers ({@link FetchTree}).
 * All share the evaluation's {@link Fetchers} ({@link Interpreter#fetchers()}).
 */
final class FetchBuiltins {
    private FetchBuiltins() {}

    static void register(BuiltinTable t) {
        Interpreter in = t.interpreter();
        t.function("fetchurl", 1, a -> fetch(a, in.fetchers(), "fetchurl", false));
        t.globalFunction("fetchTarball", 1, a -> fetch(a, in.fetchers(), "fetchTarball", true));
        t.globalFunction("fetchGit", 1, a -> FetchTree.fetch(a, true));
        t.globalFunction("fetchTree", 1, a -> FetchTree.fetch(a, false));
        t.internal("fetchFinalTree", 1, FetchTree::fetchFinal);
    }

    /** {@code fetchurl} ({@code unpack} false) and {@code fetchTarball}: a URL or {@code { url; sha256 ? ; name ? ; }}. */
    private static Value fetch(Args a, Fetchers fetchers, String who, boolean unpack) {
        Interpreter in = a.interpreter();
        Value arg = a.value(0);
        String url = null;
        Optional<Hash> expected = Optional.empty();
        String name = unpack ? "source" : "";
        boolean isAttrs = arg instanceof NixAttrs;
        boolean nameGiven = false;
        if (arg instanceof NixAttrs attrs) {
            for (int i = 0; i < attrs.size(); i++) {
                Lazy value = attrs.value(i);
                Pos pos = attrs.pos(i);
                switch (attrs.name(i)) {
                    case "url" -> url = in.forceStringNoContext(value, pos, "while evaluating the url we should fetch");
                    case "sha256" -> expected = Optional.of(parseHashAllowEmpty(a,
                            in.forceStringNoContext(value, pos, "while evaluating the sha256 of the content we should fetch")));
                    case "name" -> {
                        nameGiven = true;
                        name = in.forceStringNoContext(value, pos, "while evaluating the name of the content we should fetch");
                    }
                    default -> throw new EvalError(ErrorKind.EVAL, "unsupported argument '" + attrs.name(i) + "' to '" + who + "'", a.pos());
                }
            }
            if (url == null) {
                throw new EvalError(ErrorKind.EVAL, "'url' argument required", a.pos());
            }
        } else {
            url = in.forceStringNoContext(arg, a.pos(), "while evaluating the url we should fetch");
        }
        if (unpack) {
            url = resolvePseudoUrl(url);
        }
        // Before any cache is looked at: a URL fetched earlier is refused as much as a new one.
        in.checkUri(url);
        if (name.isEmpty()) {
            name = NixPaths.baseName(url);
        }
        checkName(a, url, name, who, nameGiven, isAttrs);
        if (in.settings().pure() && expected.isEmpty()) {
            throw new EvalError(ErrorKind.EVAL, "in pure evaluation mode, '" + who + "' requires a 'sha256' argument", a.pos());
        }
        EvalStore store = in.store();
        try {
            StorePath path = unpack ? fetchers.fetchTarball(url, name, expected).path()
                    : fetchers.fetchFile(url, name, expected, Optional.empty());
            return StoreBuiltins.pathString(store, path);
        } catch (FetchException e) {
            throw Interpreter.fetchError(e);
        }
    }

    /** {@code channel:NAME} stands for the channel's expression tarball. */
    private static String resolvePseudoUrl(String url) {
        return url.startsWith("channel:") ? "https://nixos.org/channels/" + url.substring(8) + "/nixexprs.tar.xz" : url;
    }

    private static void checkName(Args a, String url, String name, String who, boolean nameGiven, boolean isAttrs) {
        try {
            StorePath.checkName(name);
        } catch (BadStorePathException e) {
            String resolution = nameGiven
                    ? "Please change the value for the 'name' attribute passed to '" + who + "', so that it can create a valid store path."
                    : isAttrs ? "Please add a valid 'name' attribute to the argument for '" + who + "', so that it can create a valid store path."
                    : "Please pass an attribute set with 'url' and 'name' attributes to '" + who + "',  so that it can create a valid store path.";
            throw new EvalError(ErrorKind.EVAL, "invalid store path name when fetching URL '" + url + "': " + e.getMessage()
                    + ". " + resolution, a.pos());
        }
    }

    /** A SHA-256 in any of Nix's formats; the empty string stands for the all-zero hash, with a warning. */
    static Hash parseHashAllowEmpty(Args a, String text) {
        if (text.isEmpty()) {
            Hash zero = new Hash(HashAlgorithm.SHA256, new byte[HashAlgorithm.SHA256.size()]);
            a.interpreter().warn("found empty hash, assuming '" + zero.format(HashFormat.SRI, true) + "'");
            return zero;
        }
        try {
            return Hash.parseAny(text, HashAlgorithm.SHA256);
        } catch (HashException e) {
            throw new EvalError(ErrorKind.EVAL, e.getMessage());
        }
    }
}
