package org.nixj.eval.value;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * The context of a string: the store objects it refers to, each in Nix's encoding ({@code /nix/store/...}
 * for a plain path, {@code =/nix/store/x.drv} for a derivation and its closure, {@code !out!/nix/store/x.drv}
 * for one output). Immutable and sorted; most strings have the shared {@link #EMPTY} context.
 */
public final class StringContext implements Iterable<String> {
    public static final StringContext EMPTY = new StringContext(new String[0]);

    private final String[] elements;

    private StringContext(String[] elements) {
        this.elements = elements;
    }

    /** The context holding exactly {@code elements}. */
    public static StringContext of(Iterable<String> elements) {
        TreeSet<String> set = new TreeSet<>();
        elements.forEach(set::add);
        return set.isEmpty() ? EMPTY : new StringContext(set.toArray(String[]::new));
    }

    public boolean isEmpty() {
        return elements.length == 0;
    }

    public int size() {
        return elements.length;
    }

    /** The union of this context and {@code other}. */
    public StringContext union(StringContext other) {
        if (other.isEmpty() || other == this) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        TreeSet<String> set = new TreeSet<>(Arrays.asList(elements));
        set.addAll(Arrays.asList(other.elements));
        return set.size() == elements.length ? this : new StringContext(set.toArray(String[]::new));
    }

    public List<String> elements() {
        return List.of(elements);
    }

    /** The elements, parsed. */
    public List<ContextElement> parsed() {
        return Arrays.stream(elements).map(ContextElement::parse).toList();
    }

    /** The context holding exactly {@code elements}. */
    public static StringContext ofElements(Iterable<? extends ContextElement> elements) {
        TreeSet<String> set = new TreeSet<>();
        elements.forEach(e -> set.add(e.encode()));
        return set.isEmpty() ? EMPTY : new StringContext(set.toArray(String[]::new));
    }

    /** The context of one element. */
    public static StringContext of(ContextElement element) {
        return new StringContext(new String[] {element.encode()});
    }

    @Override
    public Iterator<String> iterator() {
        return elements().iterator();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StringContext c && Arrays.equals(elements, c.elements);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(elements);
    }

    @Override
    public String toString() {
        return Arrays.toString(elements);
    }

    /**
     * Collects the contexts of the parts of a string being built. The first non-empty context is kept as it
     * is; only when a second one comes does the accumulator start a set, so building a string from many
     * parts with context stays linear.
     */
    public static final class Accumulator {
        private StringContext single = EMPTY;
        private TreeSet<String> merged;

        /** An accumulator with no context yet. */
        public Accumulator() {}

        public void add(StringContext more) {
            if (more.isEmpty() || more == single) {
                return;
            }
            if (merged == null) {
                if (single.isEmpty()) {
                    single = more;
                    return;
                }
                merged = new TreeSet<>(Arrays.asList(single.elements));
            }
            merged.addAll(Arrays.asList(more.elements));
        }

        public StringContext result() {
            if (merged == null) {
                return single;
            }
            StringContext result = merged.size() == single.elements.length ? single : new StringContext(merged.toArray(String[]::new));
            single = result;
            merged = null;
            return result;
        }
    }
}
