package org.nixj.eval.error;

import org.nixj.source.NixError;
import org.nixj.source.Pos;

/**
 * An error raised while evaluating: a {@link ErrorKind}, Nix's message, the position it is about (when
 * known) and the trace of what was being evaluated.
 */
public final class EvalError extends NixError {
    /** The exit status of a command that fails with an ordinary error. */
    public static final int DEFAULT_EXIT_STATUS = 1;

    private final ErrorKind kind;
    private int exitStatus = DEFAULT_EXIT_STATUS;

    public EvalError(ErrorKind kind, String message, Pos pos) {
        super(message, pos);
        this.kind = kind;
    }

    public EvalError(ErrorKind kind, String message) {
        this(kind, message, null);
    }

    public ErrorKind kind() {
        return kind;
    }

    /** The exit status Nix ends with for this error: 1, or a special one such as 102 for a hash mismatch. */
    public int exitStatus() {
        return exitStatus;
    }

    public EvalError withExitStatus(int status) {
        this.exitStatus = status;
        return this;
    }

    @Override
    public EvalError addTrace(Pos pos, String message) {
        super.addTrace(pos, message);
        return this;
    }

    @Override
    public EvalError atPosIfMissing(Pos pos) {
        super.atPosIfMissing(pos);
        return this;
    }
}
