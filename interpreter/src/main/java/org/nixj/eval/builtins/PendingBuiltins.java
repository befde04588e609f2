package org.nixj.eval.builtins;

import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;

/**
 * Builtins nixj names but does not implement yet: calling one is an error that says so. They are defined so
 * that {@code builtins ? getFlake} and the global names match Nix while flakes are being built; a
 * {@link BuiltinGroup} that defines one of them replaces it.
 */
final class PendingBuiltins {
    private PendingBuiltins() {}

    static void register(BuiltinTable t) {
        String flakes = "flakes are not implemented in nixj yet";
        pending(t, "getFlake", 1, false, flakes);
        pending(t, "parseFlakeRef", 1, false, flakes);
        pending(t, "flakeRefToString", 1, false, flakes);
    }

    private static void pending(BuiltinTable t, String name, int arity, boolean global, String why) {
        if (t.defines(name)) {
            return;
        }
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
