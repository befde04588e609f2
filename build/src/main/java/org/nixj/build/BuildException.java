package org.nixj.build;

import java.util.List;

/**
 * A realisation that did not make every goal valid. Each of {@link #errors()} is one of Nix's error texts
 * (without the {@code error: } prefix), in the order the failures happened; the message joins them.
 */
public final class BuildException extends Exception {
    private final List<String> errors;

    public BuildException(List<String> errors) {
        super(String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    public BuildException(String error) {
        this(List.of(error));
    }

    /** The failures, first to last. */
    public List<String> errors() {
        return errors;
    }
}
