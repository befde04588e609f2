package org.nixj.eval.error;

/** The kinds of evaluation error, after Nix's exception classes. Only some can be caught by {@code tryEval}. */
public enum ErrorKind {
    /** A general evaluation error. */
    EVAL,
    /** A value of the wrong type. */
    TYPE,
    /** {@code throw}. */
    THROWN,
    /** A failed {@code assert}. */
    ASSERTION,
    /** {@code abort}. */
    ABORT,
    /** A thunk that needs its own value. */
    INFINITE_RECURSION,
    /** Too deep a call chain, or the stack itself exhausted. */
    STACK_OVERFLOW,
    /** A top-level function argument without a value. */
    MISSING_ARGUMENT,
    /** An operation forbidden in pure evaluation or restricted mode. */
    RESTRICTED_PATH,
    /** A file that cannot be read. */
    IO,
    /** Evaluation stopped at the user's request ({@link org.nixj.eval.Evaluator#interrupt()}). */
    INTERRUPTED;

    /** Whether {@code builtins.tryEval} turns this error into {@code { success = false; }}. */
    public boolean catchableByTryEval() {
        return this == THROWN || this == ASSERTION;
    }
}
