package org.nixj.syntax;

import org.nixj.source.Pos;

/**
 * A statically named attribute of an {@link Expr.AttrSet}.
 *
 * @param pos where the name was defined (the start of its attribute path, or the inherited name)
 * @param value for {@link Kind#INHERITED} a {@link Expr.Var}, for {@link Kind#INHERITED_FROM} a
 *     {@link Expr.Select} of an {@link Expr.InheritFrom}
 */
public record Binding(String name, Pos pos, Expr value, Kind kind) {

    /** How the attribute was written; it decides the scope its value is evaluated in. */
    public enum Kind {
        /** {@code name = value;} */
        PLAIN,
        /** {@code inherit name;}: the variable from the enclosing scope, never from a {@code rec} set itself. */
        INHERITED,
        /** {@code inherit (e) name;} */
        INHERITED_FROM
    }
}
