package org.nixj.eval.error;

import org.nixj.source.NixError;
import org.nixj.source.Pos;

/**
 * An error raised while evaluating: a {@link ErrorKind}, Nix's message, the position it is about (when
 * known) and the trace of what was being evaluated.
 */
public final class EvalError extends NixError {
    private final ErrorKind kind;

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
