package org.nixj.eval.builtins;

import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;

/**
 * Placeholders for the builtins Nix has that the interpreter alone does not provide: the flake builtins, which
 * the flake module's {@link BuiltinGroup}s add (the {@code nixj} command always adds them), and
 * {@code fetchMercurial}, which nixj does not implement (Nix runs the {@code hg} program for it). Calling a
 * placeholder is an error that says so. They are defined so that {@code builtins ? getFlake} and the global
 * names match Nix in every evaluator; a {@link BuiltinGroup} that defines one of them replaces it.
 */
final class PendingBuiltins {
    private PendingBuiltins() {}

    static void register(BuiltinTable t) {
        String flakes = "this evaluator has no flake support (the flake module's builtins were not added to it)";
        pending(t, "getFlake", 1, false, flakes);
        pending(t, "parseFlakeRef", 1, false, flakes);
        pending(t, "flakeRefToString", 1, false, flakes);
        pending(t, "fetchMercurial", 1, true, "nixj cannot fetch Mercurial repositories (Nix runs 'hg' for them); "
                + "fetch the repository's files another way, such as fetchTarball or fetchGit");
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
