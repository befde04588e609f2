package org.nixj.eval.value;

import java.util.Objects;

/**
 * A string: bytes (held as a Java string with one char per byte, 0-255, which the JVM stores compactly) and
 * the string's context, the store paths it refers to.
 */
public record NixString(String value, StringContext context) implements Value {
    public static final NixString EMPTY = new NixString("", StringContext.EMPTY);

    public NixString {
        Objects.requireNonNull(value);
        Objects.requireNonNull(context);
    }

    /** A string without context. */
    public static NixString of(String value) {
        return value.isEmpty() ? EMPTY : new NixString(value, StringContext.EMPTY);
    }

    public boolean hasContext() {
        return !context.isEmpty();
    }

    @Override
    public String typeName() {
        return "string";
    }

    @Override
    public String showType() {
        return hasContext() ? "a string with context" : "a string";
    }
}
