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
        String[] n = names;
        int low = 0;
        int high = n.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            String m = n[mid];
            if (m == name) {
                return mid;
            }
            int c = m.compareTo(name);
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
        String[] rn = right.names;
        int n1 = names.length;
        int n2 = rn.length;
        // First count the result, so the three arrays are allocated once at their final size.
        int size = n1 + n2;
        for (int i = 0, j = 0; i < n1 && j < n2; ) {
            int c = compare(names[i], rn[j]);
            if (c == 0) {
                size--;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        String[] n = new String[size];
        Lazy[] v = new Lazy[size];
        Pos[] p = new Pos[size];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < n1 && j < n2) {
            int c = compare(names[i], rn[j]);
            if (c < 0) {
                n[k] = names[i];
                v[k] = values[i];
                p[k++] = positions[i++];
            } else {
                if (c == 0) {
                    i++;
                }
                n[k] = rn[j];
                v[k] = right.values[j];
                p[k++] = right.positions[j++];
            }
        }
        int left = n1 - i;
        System.arraycopy(names, i, n, k, left);
        System.arraycopy(values, i, v, k, left);
        System.arraycopy(positions, i, p, k, left);
        k += left;
        int rest = n2 - j;
        System.arraycopy(rn, j, n, k, rest);
        System.arraycopy(right.values, j, v, k, rest);
        System.arraycopy(right.positions, j, p, k, rest);
        return new NixAttrs(n, v, p);
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
