package org.nixj.eval.value;

import java.util.Arrays;
import java.util.Comparator;
import org.nixj.source.Pos;

/**
 * An attribute set: names sorted by their bytes, each with a lazy value and the position that defined it
 * (or {@code null}). Immutable. Lookup is a binary search; iteration is in name order, the order Nix prints
 * and lists names in. Names are interned strings, so equal names usually compare by reference at once.
 */
public final class NixAttrs implements Value {
    public static final NixAttrs EMPTY = new NixAttrs(new String[0], new Lazy[0], new Pos[0]);

    private final String[] names;
    private final Lazy[] values;
    private final Pos[] positions;

    private NixAttrs(String[] names, Lazy[] values, Pos[] positions) {
        this.names = names;
        this.values = values;
        this.positions = positions;
    }

    /**
     * A set from arrays already sorted by name without duplicates; the arrays are taken over, not copied.
     */
    public static NixAttrs ofSorted(String[] names, Lazy[] values, Pos[] positions) {
        return names.length == 0 ? EMPTY : new NixAttrs(names, values, positions);
    }

    public static Builder builder(int expectedSize) {
        return new Builder(expectedSize);
    }

    public int size() {
        return names.length;
    }

    public boolean isEmpty() {
        return names.length == 0;
    }

    public String name(int index) {
        return names[index];
    }

    public Lazy value(int index) {
        return values[index];
    }

    public Pos pos(int index) {
        return positions[index];
    }

    /** The index of {@code name}, or a negative number when absent. */
    public int indexOf(String name) {
        return search(names, 0, names.length - 1, name);
    }

    /** The value of {@code name}, or {@code null} when the set has no such attribute. */
    public Lazy get(String name) {
        int i = indexOf(name);
        return i >= 0 ? values[i] : null;
    }

    /** Where {@code name} was defined, or {@code null}. */
    public Pos posOf(String name) {
        int i = indexOf(name);
        return i >= 0 ? positions[i] : null;
    }

    public boolean has(String name) {
        return indexOf(name) >= 0;
    }

    /** {@code this // right}: right's attributes win. Returns one of the operands when the other is empty. */
    public NixAttrs update(NixAttrs right) {
        if (right.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return right;
        }
        // Each name of the smaller side is located in the larger one by galloping search, and the larger
        // side's runs between those places are copied whole: a large set updated with a few names (the
        // common `config // { x = ...; }`) costs a few searches and array copies, not a name-by-name merge,
        // while two sets of similar size still cost about one comparison per name.
        boolean rightIsSmall = right.names.length <= names.length;
        NixAttrs small = rightIsSmall ? right : this;
        NixAttrs large = rightIsSmall ? this : right;
        int[] places = new int[small.names.length];
        int size = names.length + right.names.length;
        for (int s = 0, from = 0; s < places.length; s++) {
            int place = gallop(large.names, from, small.names[s]);
            places[s] = place;
            if (place >= 0) {
                size--;
                from = place + 1;
            } else {
                from = -place - 1;
            }
        }
        String[] n = new String[size];
        Lazy[] v = new Lazy[size];
        Pos[] p = new Pos[size];
        int k = 0;
        int copied = 0;
        for (int s = 0; s < places.length; s++) {
            int place = places[s];
            int stop = place >= 0 ? place : -place - 1;
            k = large.copyRun(copied, stop, n, v, p, k);
            // On a name both sides have, the right one wins.
            NixAttrs winner = place >= 0 && !rightIsSmall ? large : small;
            int index = winner == large ? place : s;
            n[k] = winner.names[index];
            v[k] = winner.values[index];
            p[k++] = winner.positions[index];
            copied = place >= 0 ? place + 1 : stop;
        }
        large.copyRun(copied, large.names.length, n, v, p, k);
        return new NixAttrs(n, v, p);
    }

    /** Copies this set's entries {@code [from, to)} to the arrays at {@code at}; returns the next index. */
    private int copyRun(int from, int to, String[] n, Lazy[] v, Pos[] p, int at) {
        int length = to - from;
        System.arraycopy(names, from, n, at, length);
        System.arraycopy(values, from, v, at, length);
        System.arraycopy(positions, from, p, at, length);
        return at + length;
    }

    /**
     * The index of {@code name} in {@code sorted} at or after {@code from}, or {@code -(insertion point) - 1}:
     * steps of 1, 2, 4, ... bound the place, then a binary search finds it, so a nearby place is found in
     * a few comparisons and a distant one in about two logarithms.
     */
    private static int gallop(String[] sorted, int from, String name) {
        int low = from;
        int step = 1;
        int high = from;
        while (high < sorted.length && compare(sorted[high], name) < 0) {
            low = high + 1;
            high = from + step;
            step <<= 1;
        }
        return search(sorted, low, Math.min(high, sorted.length - 1), name);
    }

    /** Binary search of {@code sorted[low..high]}: the index of {@code name}, or {@code -(insertion point) - 1}. */
    private static int search(String[] sorted, int low, int high, String name) {
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = compare(sorted[mid], name);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    /** Name order; names are usually interned, so equal ones are mostly the same string. */
    private static int compare(String a, String b) {
        return a == b ? 0 : a.compareTo(b);
    }

    /** The names, in order (a copy). */
    public String[] names() {
        return names.clone();
    }

    @Override
    public String typeName() {
        return "set";
    }

    @Override
    public String showType() {
        return "a set";
    }

    /**
     * Collects attributes in any order. When a name is added twice, {@link #build()} keeps the first, as
     * {@code listToAttrs} requires.
     */
    public static final class Builder {
        private String[] names;
        private Lazy[] values;
        private Pos[] positions;
        private int size;

        private Builder(int expectedSize) {
            int capacity = Math.max(expectedSize, 4);
            names = new String[capacity];
            values = new Lazy[capacity];
            positions = new Pos[capacity];
        }

        public Builder put(String name, Lazy value, Pos pos) {
            if (size == names.length) {
                int capacity = size * 2;
                names = Arrays.copyOf(names, capacity);
                values = Arrays.copyOf(values, capacity);
                positions = Arrays.copyOf(positions, capacity);
            }
            names[size] = name;
            values[size] = value;
            positions[size++] = pos;
            return this;
        }

        public Builder put(String name, Lazy value) {
            return put(name, value, null);
        }

        public int size() {
            return size;
        }

        public NixAttrs build() {
            if (size == 0) {
                return EMPTY;
            }
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            // A stable sort, so the first of equal names comes first and is kept.
            Arrays.sort(order, Comparator.comparing((Integer i) -> names[i]));
            String[] n = new String[size];
            Lazy[] v = new Lazy[size];
            Pos[] p = new Pos[size];
            int k = 0;
            for (int i = 0; i < size; i++) {
                int from = order[i];
                if (k > 0 && n[k - 1].equals(names[from])) {
                    continue;
                }
                n[k] = names[from];
                v[k] = values[from];
                p[k++] = positions[from];
            }
            if (k < size) {
                n = Arrays.copyOf(n, k);
                v = Arrays.copyOf(v, k);
                p = Arrays.copyOf(p, k);
            }
            return new NixAttrs(n, v, p);
        }
    }
}
