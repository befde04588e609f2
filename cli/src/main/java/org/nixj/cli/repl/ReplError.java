package org.nixj.cli.repl;

/** A failure of a REPL command itself (not of the Nix code it ran), printed as {@code error: message}. */
final class ReplError extends RuntimeException {
    ReplError(String message) {
        super(message, null, false, false);
    }
}
