package org.nixj.eval.value;

/**
 * What an attribute, a list element or a variable holds: a value, or a {@link Thunk} that computes one when
 * first forced. Values force to themselves, so code that needs a value calls {@link #force()} without
 * asking which one it has.
 */
public sealed interface Lazy permits Value, Thunk {

    /** The value, computed now if it was not yet. */
    Value force();
}
