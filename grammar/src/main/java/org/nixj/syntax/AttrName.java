package org.nixj.syntax;

/** One element of an attribute path: a name known at parse time, or an interpolation {@code ${e}}. */
public sealed interface AttrName {

    /** A literal name ({@code a}, {@code "a b"}, {@code or}); a byte string. */
    record Static(String name) implements AttrName {}

    /** A name computed by an expression ({@code ${e}}, or {@code "a${e}"}). */
    record Dynamic(Expr expr) implements AttrName {}
}
