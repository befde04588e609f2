package org.nixj.eval.code;

import org.nixj.eval.Interpreter;
import org.nixj.eval.Suggestions;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/** {@code e.a.b}, and {@code e.a.b or d}. */
final class SelectCode extends Code {
    private final Interpreter interpreter;
    private final Code target;
    private final AttrPath path;
    private final Code orDefault;

    SelectCode(Interpreter interpreter, Pos pos, Code target, AttrPath path, Code orDefault) {
        super(pos);
        this.interpreter = interpreter;
        this.target = target;
        this.path = path;
        this.orDefault = orDefault;
    }

    @Override
    public Value eval(Env env) {
        Value current = target.eval(env);
        Pos attrPos = null;
        try {
            for (int i = 0; i < path.length(); i++) {
                String name = path.name(i, env, interpreter);
                NixAttrs attrs;
                int index;
                if (orDefault != null) {
                    if (!(current instanceof NixAttrs a) || (index = a.indexOf(name)) < 0) {
                        return orDefault.eval(env);
                    }
                    attrs = a;
                } else {
                    attrs = interpreter.forceAttrs(current, pos, "while selecting an attribute");
                    index = attrs.indexOf(name);
                    if (index < 0) {
                        throw (EvalError) new EvalError(ErrorKind.EVAL, "attribute '" + name + "' missing", pos)
                                .withSuggestions(Suggestions.among(name, attrs));
                    }
                }
                attrPos = attrs.pos(index);
                current = Interpreter.force(attrs.value(index), attrPos != null ? attrPos : pos);
            }
            return current;
        } catch (EvalError e) {
            if (attrPos != null) {
                e.addTrace(attrPos, "while evaluating the attribute '" + path.show(env, interpreter) + "'");
            }
            throw e;
        }
    }
}
