package org.nixj.syntax;

import java.util.List;

/** The {@code { a, b ? 1, ... }} of a function; formals are kept in source order. */
public record Formals(List<Formal> formals, boolean ellipsis) {
    public Formals {
        formals = List.copyOf(formals);
    }
}
