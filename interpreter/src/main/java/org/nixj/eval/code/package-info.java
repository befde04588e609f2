/**
 * Resolved, executable code, internal to the interpreter (not exported). The {@link org.nixj.eval.code.Compiler}
 * turns a syntax tree into {@link org.nixj.eval.code.Code} nodes, one small class per construct, with every
 * variable resolved once: a slot of an enclosing environment ({@code LocalVar}), a global known at compile
 * time ({@code Constant}) or a run-time lookup in the enclosing {@code with} sets ({@code WithVar}). Code runs
 * in an {@link org.nixj.eval.code.Env}, an array of lazy slots with a link to the level above; code that
 * cannot give its value at once is deferred in a {@code CodeThunk}.
 */
package org.nixj.eval.code;
