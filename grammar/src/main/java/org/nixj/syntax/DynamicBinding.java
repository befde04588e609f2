package org.nixj.syntax;

import org.nixj.source.Pos;

/** An attribute whose name is computed: {@code ${name} = value;} or {@code "a${b}" = value;}. */
public record DynamicBinding(Pos pos, Expr name, Expr value) {}
