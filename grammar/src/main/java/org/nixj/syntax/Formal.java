package org.nixj.syntax;

import org.nixj.source.Pos;

/** One named parameter of a function's formals: {@code a} or {@code a ? default}. */
public record Formal(Pos pos, String name, Expr defaultValue) {}
