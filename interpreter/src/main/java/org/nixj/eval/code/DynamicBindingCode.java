package org.nixj.eval.code;

import org.nixj.source.Pos;

/** {@code ${name} = value;} in a set, compiled. */
record DynamicBindingCode(Pos pos, Code name, Code value) {}
