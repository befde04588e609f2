package org.nixj.source;

/**
 * A position in Nix code: a byte offset into a source. Line and column are computed when asked for, so
 * keeping a position costs one small object, not a lookup.
 *
 * @param source where the code comes from
 * @param offset the byte offset, from 0
 */
public record Pos(Source source, int offset) {

    /** The 1-based line. */
    public int line() {
        return source.lineOf(offset);
    }

    /** The 1-based column, in bytes. */
    public int column() {
        return source.columnOf(offset);
    }

    /** {@code file:line:col}, as Nix prints a position. */
    @Override
    public String toString() {
        return source.displayName() + ":" + line() + ":" + column();
    }
}
