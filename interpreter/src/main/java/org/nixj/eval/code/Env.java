package org.nixj.eval.code;

import org.nixj.eval.value.Lazy;

/**
 * One level of the runtime environment: the slots of a {@code let}, a {@code rec} set, a function's
 * parameters, a {@code with}'s set, or the sources of {@code inherit (e)}. The compiler resolves each
 * variable to (levels up, slot), so lookup is a short walk and an array read.
 */
public final class Env {
    final Env up;
    final Lazy[] slots;

    public Env(Env up, int size) {
        this.up = up;
        this.slots = new Lazy[size];
    }

    /** A top-level environment holding {@code values}. */
    public static Env of(Lazy[] values) {
        return new Env(null, values);
    }

    private Env(Env up, Lazy[] slots) {
        this.up = up;
        this.slots = slots;
    }

    /** The environment {@code levels} up from this one. */
    Env up(int levels) {
        Env e = this;
        for (int i = 0; i < levels; i++) {
            e = e.up;
        }
        return e;
    }
}
