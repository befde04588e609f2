package org.nixj.eval.value;

/** A list: an array of lazy elements, never changed after construction. */
public final class NixList implements Value {
    public static final NixList EMPTY = new NixList(new Lazy[0]);

    private final Lazy[] items;

    private NixList(Lazy[] items) {
        this.items = items;
    }

    /** A list that takes over {@code items}; the caller must not change the array afterwards. */
    public static NixList of(Lazy... items) {
        return items.length == 0 ? EMPTY : new NixList(items);
    }

    public int size() {
        return items.length;
    }

    public Lazy get(int index) {
        return items[index];
    }

    /** A copy of the elements. */
    public Lazy[] toArray() {
        return items.clone();
    }

    /** {@code this ++ other}, sharing an operand when the other is empty. */
    public NixList concat(NixList other) {
        if (other.items.length == 0) {
            return this;
        }
        if (items.length == 0) {
            return other;
        }
        Lazy[] all = new Lazy[items.length + other.items.length];
        System.arraycopy(items, 0, all, 0, items.length);
        System.arraycopy(other.items, 0, all, items.length, other.items.length);
        return new NixList(all);
    }

    @Override
    public String typeName() {
        return "list";
    }

    @Override
    public String showType() {
        return "a list";
    }
}
