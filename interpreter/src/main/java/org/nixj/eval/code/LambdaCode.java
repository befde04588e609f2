package org.nixj.eval.code;

import java.util.Arrays;
import org.nixj.eval.Interpreter;
import org.nixj.eval.Suggestions;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.Closure;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/**
 * A function literal. Calling it makes an environment of its parameters: the plain argument first (if
 * any), then the formals in name order, with defaults evaluated lazily in that same environment.
 */
public final class LambdaCode extends Code {
    private final Interpreter interpreter;
    private final String name;
    /** The {@code x} of {@code x: ...} or {@code x@{ ... }: ...}, or null. */
    private final String arg;
    /** Formal names sorted, or null for a plain {@code x: body} function. */
    private final String[] formals;
    private final Code[] defaults;
    private final Pos[] formalPositions;
    private final boolean ellipsis;
    private final Code body;
    private final String doc;

    LambdaCode(Interpreter interpreter, Pos pos, String name, String arg, String[] formals, Code[] defaults,
               Pos[] formalPositions, boolean ellipsis, Code body, String doc) {
        super(pos);
        this.interpreter = interpreter;
        this.name = name;
        this.arg = arg;
        this.formals = formals;
        this.defaults = defaults;
        this.formalPositions = formalPositions;
        this.ellipsis = ellipsis;
        this.body = body;
        this.doc = doc;
    }

    /** The name Nix gives the function (the attribute or variable it is bound to), or null. */
    public String name() {
        return name;
    }

    /** The {@code /** ... *}{@code /} comment before the function, or null. */
    public String doc() {
        return doc;
    }

    /** The name of the whole argument ({@code x} in {@code x: ...} or {@code x@{ ... }: ...}), or null. */
    public String argName() {
        return arg;
    }

    /** Whether the function takes an attribute set pattern. */
    public boolean hasFormals() {
        return formals != null;
    }

    /** The formal names, sorted; empty for a plain function. */
    public String[] formalNames() {
        return formals == null ? new String[0] : formals.clone();
    }

    /** Where formal {@code i} is written. */
    public Pos formalPos(int i) {
        return formalPositions[i];
    }

    /** Whether formal {@code i} has a default value. */
    public boolean formalHasDefault(int i) {
        return defaults[i] != null;
    }

    public boolean ellipsis() {
        return ellipsis;
    }

    @Override
    public Value eval(Env env) {
        return new Closure(this, env);
    }

    /** How Nix names the function in messages: {@code 'f'} or {@code anonymous lambda}. */
    public String describe() {
        return name != null ? "'" + name + "'" : "anonymous lambda";
    }

    /** Calls the function, closed over {@code closureEnv}, with {@code argument}. */
    public Value call(Env closureEnv, Lazy argument, Pos callPos) {
        Env env;
        if (formals == null) {
            env = Env.single(closureEnv, argument);
        } else {
            env = bindFormals(closureEnv, argument, callPos);
        }
        return body.eval(env);
    }

    private Env bindFormals(Env closureEnv, Lazy argument, Pos callPos) {
        NixAttrs attrs;
        try {
            attrs = interpreter.forceAttrs(argument, pos, "while evaluating the value passed for the lambda argument");
        } catch (EvalError e) {
            throw callPos != null ? e.addTrace(callPos, "from call site") : e;
        }
        int offset = arg != null ? 1 : 0;
        Env env = Env.of(closureEnv, offset + formals.length);
        if (arg != null) {
            env.set(0, argument);
        }
        int used = 0;
        for (int i = 0; i < formals.length; i++) {
            Lazy value = attrs.get(formals[i]);
            if (value != null) {
                used++;
            } else if (defaults[i] != null) {
                value = defaults[i].lazy(env);
            } else {
                throw new EvalError(ErrorKind.TYPE, "function '" + displayName() + "' called without required argument '"
                        + formals[i] + "'", pos).addTrace(callPos, "from call site");
            }
            env.set(offset + i, value);
        }
        if (!ellipsis && used != attrs.size()) {
            for (int i = 0; i < attrs.size(); i++) {
                String given = attrs.name(i);
                if (Arrays.binarySearch(formals, given) < 0) {
                    EvalError error = new EvalError(ErrorKind.TYPE, "function '" + displayName()
                            + "' called with unexpected argument '" + given + "'", pos);
                    error.withSuggestions(Suggestions.among(given, Arrays.asList(formals)));
                    throw error.addTrace(callPos, "from call site");
                }
            }
        }
        return env;
    }

    private String displayName() {
        return name != null ? name : "anonymous lambda";
    }
}
