package org.nixj.flake;

/** A flake that cannot be read, locked or evaluated; the message is the one Nix prints (without {@code error: }). */
public class FlakeException extends RuntimeException {
    public FlakeException(String message) {
        super(message);
    }

    public FlakeException(String message, Throwable cause) {
        super(message, cause);
    }
}
