package org.nixj.source;

/**
 * The base of every error nixj reports to a user: a message and, usually, the position it is about.
 *
 * <p>These are expected outcomes of evaluating user code, not bugs, so they carry no Java stack trace
 * (filling one in is costly and it must never be shown). {@link ErrorRenderer} prints them as Nix does.
 */
public abstract class NixError extends RuntimeException {
    private final Pos pos;

    protected NixError(String message, Pos pos) {
        super(message, null, false, false);
        this.pos = pos;
    }

    /** Where the error is, or {@code null} when it has no position. */
    public Pos pos() {
        return pos;
    }
}
