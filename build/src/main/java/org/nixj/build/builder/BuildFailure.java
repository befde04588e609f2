package org.nixj.build.builder;

/** Why a builder could not build its derivation, in words for the user (the realiser adds which derivation). */
public final class BuildFailure extends Exception {
    public BuildFailure(String message) {
        super(message);
    }

    public BuildFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
