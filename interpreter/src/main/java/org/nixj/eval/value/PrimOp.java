package org.nixj.eval.value;

/**
 * A builtin function: its name (without {@code builtins.}), how many arguments it takes before it runs, and
 * its body.
 */
public final class PrimOp implements NixFunction {
    /** The work of a builtin, given exactly {@code arity} arguments. */
    @FunctionalInterface
    public interface Body {
        Value apply(Lazy[] args, org.nixj.source.Pos callPos);
    }

    private final String name;
    private final int arity;
    private final Body body;

    public PrimOp(String name, int arity, Body body) {
        this.name = name;
        this.arity = arity;
        this.body = body;
    }

    public String name() {
        return name;
    }

    public int arity() {
        return arity;
    }

    public Value apply(Lazy[] args, org.nixj.source.Pos callPos) {
        return body.apply(args, callPos);
    }

    @Override
    public String showType() {
        return "the built-in function '" + name + "'";
    }

    @Override
    public String toString() {
        return "primop " + name;
    }
}
