package org.nixj.build.debian;

/** A closure that cannot be resolved: an unknown root or a dependency no package satisfies. */
public final class ResolutionException extends Exception {
    public ResolutionException(String message) {
        super(message);
    }
}
