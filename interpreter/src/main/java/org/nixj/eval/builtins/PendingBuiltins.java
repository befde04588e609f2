package org.nixj.eval.builtins;

import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;

/**
 * Builtins nixj names but does not implement yet: calling one is an error that says so. They are defined so
 * that {@code builtins ? fetchGit} and the global names match Nix while fetchers and flakes are being built.
 */
final class PendingBuiltins {
    private PendingBuiltins() {}

    static void register(BuiltinTable t) {
        String store = "fetchers and flakes are not implemented in nixj yet";
        pending(t, "fetchurl", 1, false, store);
        pending(t, "fetchTarball", 1, true, store);
        pending(t, "fetchGit", 1, true, store);
        pending(t, "fetchTree", 1, true, store);
        pending(t, "getFlake", 1, false, store);
        pending(t, "parseFlakeRef", 1, false, store);
        pending(t, "flakeRefToString", 1, false, store);
    }

    private static void pending(BuiltinTable t, String name, int arity, boolean global, String why) {
        Builtin body = a -> {
            throw new EvalError(ErrorKind.EVAL, "builtins." + name + ": " + why);
        };
        if (global) {
            t.globalFunction(name, arity, body);
        } else {
            t.function(name, arity, body);
        }
    }
}
