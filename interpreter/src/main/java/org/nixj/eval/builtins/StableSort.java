package org.nixj.eval.builtins;

import org.nixj.eval.value.Lazy;

/**
 * The merge sort behind {@code builtins.sort}: stable, asking only "is a less than b", and always producing
 * a permutation of its input, even for a comparison function that is not a strict weak ordering (as Nix's
 * own sort guarantees; such a function simply gives some order).
 */
final class StableSort {
    /** Nix's "less than" function. */
    @FunctionalInterface
    interface Less {
        boolean test(Lazy a, Lazy b);
    }

    private static final int INSERTION_LIMIT = 8;

    private StableSort() {}

    static void sort(Lazy[] items, Less less) {
        Lazy[] buffer = new Lazy[items.length];
        sort(items, buffer, 0, items.length, less);
    }

    private static void sort(Lazy[] items, Lazy[] buffer, int from, int to, Less less) {
        if (to - from <= INSERTION_LIMIT) {
            insertionSort(items, from, to, less);
            return;
        }
        int middle = (from + to) >>> 1;
        sort(items, buffer, from, middle, less);
        sort(items, buffer, middle, to, less);
        // Already in order: nothing to merge.
        if (!less.test(items[middle], items[middle - 1])) {
            return;
        }
        System.arraycopy(items, from, buffer, from, to - from);
        int i = from;
        int j = middle;
        int k = from;
        while (i < middle && j < to) {
            // Take from the right half only if it is strictly less: that keeps equal elements in order.
            items[k++] = less.test(buffer[j], buffer[i]) ? buffer[j++] : buffer[i++];
        }
        while (i < middle) {
            items[k++] = buffer[i++];
        }
        while (j < to) {
            items[k++] = buffer[j++];
        }
    }

    private static void insertionSort(Lazy[] items, int from, int to, Less less) {
        for (int i = from + 1; i < to; i++) {
            Lazy x = items[i];
            int j = i;
            while (j > from && less.test(x, items[j - 1])) {
                items[j] = items[j - 1];
                j--;
            }
            items[j] = x;
        }
    }
}
