package org.nixj.eval.code;

import org.nixj.eval.Interpreter;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/** {@code e ? a.b}: true when every step of the path exists. */
final class HasAttrCode extends Code {
    private final Interpreter interpreter;
    private final Code target;
    private final AttrPath path;

    HasAttrCode(Interpreter interpreter, Pos pos, Code target, AttrPath path) {
        super(pos);
        this.interpreter = interpreter;
        this.target = target;
        this.path = path;
    }

    @Override
    public Value eval(Env env) {
        Lazy current = target.eval(env);
        for (int i = 0; i < path.length(); i++) {
            Value value = Interpreter.force(current, pos);
            String name = path.name(i, env, interpreter);
            // The last attribute found is not forced: { a = throw "x"; } ? a is true.
            if (!(value instanceof NixAttrs attrs) || (current = attrs.get(name)) == null) {
                return NixBool.FALSE;
            }
        }
        return NixBool.TRUE;
    }
}
