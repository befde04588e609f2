package org.nixj.flake;

/**
 * Nix's {@code BadURL}: a URL, or a URL-shaped reference, that an input scheme rejects. It is the one kind of
 * error the flake reference parser recovers from: a URL that fails this way is tried again as a path.
 */
final class BadUrlException extends FlakeException {
    BadUrlException(String message) {
        super(message);
    }
}
