package org.nixj.cli;

/** A command line that is well-formed but asks for something nixj cannot do (yet); exit code 1, as Nix's usage errors. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message, null, false, false);
    }
}
