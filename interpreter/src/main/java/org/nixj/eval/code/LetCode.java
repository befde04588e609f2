package org.nixj.eval.code;

import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/** {@code let ... in body}: an environment of the bindings, recursive, in which the body is evaluated. */
final class LetCode extends Code {
    private final BindingCode[] bindings;
    private final Code[] inheritSources;
    private final Code body;

    LetCode(Pos pos, BindingCode[] bindings, Code[] inheritSources, Code body) {
        super(pos);
        this.bindings = bindings;
        this.inheritSources = inheritSources;
        this.body = body;
    }

    @Override
    public Value eval(Env env) {
        Env own = Env.of(env, bindings.length);
        Env inheritEnv = Scopes.inheritEnv(inheritSources, own);
        for (int i = 0; i < bindings.length; i++) {
            BindingCode b = bindings[i];
            own.set(i, b.value().lazy(Scopes.choose(b.scope(), own, env, inheritEnv)));
        }
        return body.eval(own);
    }
}
