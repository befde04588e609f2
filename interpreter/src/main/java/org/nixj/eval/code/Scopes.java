package org.nixj.eval.code;

/** Environment plumbing shared by sets and {@code let}. */
final class Scopes {
    private Scopes() {}

    /** The environment of {@code inherit (e)} sources, on top of {@code env}, or null when there are none. */
    static Env inheritEnv(Code[] sources, Env env) {
        if (sources.length == 0) {
            return null;
        }
        Env inheritEnv = Env.of(env, sources.length);
        for (int i = 0; i < sources.length; i++) {
            inheritEnv.set(i, sources[i].lazy(env));
        }
        return inheritEnv;
    }

    static Env choose(BindingCode.Scope scope, Env own, Env enclosing, Env inheritFrom) {
        return switch (scope) {
            case OWN -> own;
            case ENCLOSING -> enclosing;
            case INHERIT_FROM -> inheritFrom;
        };
    }
}
