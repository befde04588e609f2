package org.nixj.eval.error;

import org.nixj.source.NixError;
import org.nixj.source.Pos;

/** A variable that no enclosing binding, {@code with} or builtin provides. */
public final class UndefinedVariableError extends NixError {
    public UndefinedVariableError(String name, Pos pos) {
        super("undefined variable '" + name + "'", pos);
    }
}
