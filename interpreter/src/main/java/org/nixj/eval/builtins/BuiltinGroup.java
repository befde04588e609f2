package org.nixj.eval.builtins;

/**
 * A group of builtins added to an evaluator from outside the interpreter, as Nix's libflake adds
 * {@code getFlake}: give it to {@code Evaluator.builder().builtins(...)}. Every builtin it registers must be
 * documented in {@link #documentation()}.
 */
public interface BuiltinGroup {
    /** Defines the group's builtins in {@code table}. */
    void register(BuiltinTable table);

    /** The documentation of the group's builtins. */
    BuiltinDocs documentation();
}
