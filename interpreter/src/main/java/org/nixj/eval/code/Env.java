package org.nixj.eval.code;

import org.nixj.eval.value.Lazy;

/**
 * One level of the runtime environment: the slots of a {@code let}, a {@code rec} set, a function's
 * parameters, a {@code with}'s set, or the sources of {@code inherit (e)}. The compiler resolves each
 * variable to (levels up, slot), so lookup is a short walk and a slot read.
 *
 * <p>A level of one slot, the commonest (every call of an {@code x: ...} function makes one, and every
 * {@code with}), keeps it in a field: one object per call instead of an object and an array.
 */
public abstract sealed class Env permits Env.Single, Env.Slots {
    final Env up;

    private Env(Env up) {
        this.up = up;
    }

    /** A level of {@code size} empty slots. */
    static Env of(Env up, int size) {
        return size == 1 ? new Single(up, null) : new Slots(up, new Lazy[size]);
    }

    /** A level of one slot holding {@code value}. */
    static Env single(Env up, Lazy value) {
        return new Single(up, value);
    }

    /** A level whose slots are {@code slots} itself (taken over, not copied). */
    static Env of(Env up, Lazy[] slots) {
        return new Slots(up, slots);
    }

    /** A top-level environment holding {@code values} (taken over, not copied). */
    public static Env of(Lazy[] values) {
        return new Slots(null, values);
    }

    /** The value in {@code slot}; null while a {@code let} or {@code rec} is still filling its slots. */
    abstract Lazy get(int slot);

    abstract void set(int slot, Lazy value);

    /** The environment {@code levels} up from this one. */
    final Env up(int levels) {
        Env e = this;
        for (int i = 0; i < levels; i++) {
            e = e.up;
        }
        return e;
    }

    /** A level of exactly one slot. */
    static final class Single extends Env {
        private Lazy value;

        private Single(Env up, Lazy value) {
            super(up);
            this.value = value;
        }

        @Override
        Lazy get(int slot) {
            return value;
        }

        @Override
        void set(int slot, Lazy value) {
            this.value = value;
        }
    }

    /** A level of any number of slots. */
    static final class Slots extends Env {
        /** A {@code rec} set's values are this very array (see {@link AttrSetCode}). */
        final Lazy[] slots;

        private Slots(Env up, Lazy[] slots) {
            super(up);
            this.slots = slots;
        }

        @Override
        Lazy get(int slot) {
            return slots[slot];
        }

        @Override
        void set(int slot, Lazy value) {
            slots[slot] = value;
        }
    }
}
