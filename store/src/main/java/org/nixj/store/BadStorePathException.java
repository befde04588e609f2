package org.nixj.store;

/**
 * A store path or store path name that is not valid, with Nix's message. Expected on bad user input, so it
 * carries no stack trace.
 */
public final class BadStorePathException extends RuntimeException {
    public BadStorePathException(String message) {
        super(message, null, false, false);
    }
}
