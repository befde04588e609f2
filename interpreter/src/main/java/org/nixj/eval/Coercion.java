package org.nixj.eval;

/**
 * How far {@link Interpreter#coerceToString} goes, as Nix's {@code coerceMore} and {@code copyToStore} say:
 * which values become strings, and whether a path becomes its text or the store path it is copied to.
 */
public enum Coercion {
    /** Strings, paths as their text, and sets with {@code __toString} or {@code outPath}. */
    STRINGS(false, false),
    /** {@link #STRINGS}, with paths copied to the store, as string interpolation does. */
    STRINGS_COPYING_PATHS(false, true),
    /** Also Booleans, numbers, null and lists, as {@code toString} does; paths as their text. */
    ANY(true, false),
    /** {@link #ANY}, with paths copied to the store, as derivation attributes are. */
    ANY_COPYING_PATHS(true, true);

    private final boolean coerceMore;
    private final boolean copyToStore;

    Coercion(boolean coerceMore, boolean copyToStore) {
        this.coerceMore = coerceMore;
        this.copyToStore = copyToStore;
    }

    /** Whether Booleans, numbers, null and lists become strings too. */
    public boolean coerceMore() {
        return coerceMore;
    }

    /** Whether paths are copied to the store. */
    public boolean copyToStore() {
        return copyToStore;
    }
}
