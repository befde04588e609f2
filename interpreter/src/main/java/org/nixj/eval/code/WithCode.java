package org.nixj.eval.code;

import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/** {@code with e; body}: an environment level holding the (lazy) set, searched by {@link WithVar}. */
final class WithCode extends Code {
    private final Code scope;
    private final Code body;

    WithCode(Pos pos, Code scope, Code body) {
        super(pos);
        this.scope = scope;
        this.body = body;
    }

    @Override
    public Value eval(Env env) {
        return body.eval(Env.single(env, scope.lazy(env)));
    }
}
