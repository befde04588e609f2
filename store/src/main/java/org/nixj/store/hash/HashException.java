package org.nixj.store.hash;

/**
 * A hash or hash name that cannot be parsed, with Nix's message ({@code "invalid base-32 hash '...'"},
 * {@code "unknown hash algorithm '...'"}, ...). Expected on bad user input, so it carries no stack trace.
 */
public final class HashException extends RuntimeException {
    public HashException(String message) {
        super(message, null, false, false);
    }
}
