package org.nixj.fetch;

/** A fetch that failed; the message is the one Nix prints (without {@code error: }). */
public class FetchException extends RuntimeException {
    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
