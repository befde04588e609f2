package org.nixj.eval.code;

import org.nixj.eval.Interpreter;

/**
 * The attribute path of a selection or {@code ?} test: each element a name known at compile time, or code
 * computing one ({@code a.${b}}).
 */
final class AttrPath {
    private final String[] names;
    private final Code[] dynamic;

    AttrPath(String[] names, Code[] dynamic) {
        this.names = names;
        this.dynamic = dynamic;
    }

    int length() {
        return names.length;
    }

    /** The name of element {@code i}, evaluating it if it is dynamic. */
    String name(int i, Env env, Interpreter interpreter) {
        String name = names[i];
        if (name != null) {
            return name;
        }
        Code code = dynamic[i];
        return interpreter.forceStringNoContext(code.eval(env), code.pos(), "while evaluating an attribute name").intern();
    }

    /** The path as Nix shows it in traces: {@code a.b."${c}"} becomes {@code a.b.<name of c>}. */
    String show(Env env, Interpreter interpreter) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                out.append('.');
            }
            out.append(names[i] != null ? names[i] : name(i, env, interpreter));
        }
        return out.toString();
    }
}
