/**
 * The evaluator's API and runtime. {@link org.nixj.eval.Evaluator} is what embedders use: it evaluates
 * sources, selects attributes, calls functions and prints values, configured by
 * {@link org.nixj.eval.EvalSettings} and an {@link org.nixj.eval.EvalIO} (the machine, or
 * {@link org.nixj.eval.IsolatedIO} for tests and untrusted code). {@link org.nixj.eval.Interpreter} is the
 * runtime of one evaluation that compiled code and builtins share: forcing, calling, typed forcing with Nix's
 * messages, coercion, imports and the search path ({@code SourceLoader}) and the store as the evaluation sees
 * it ({@link org.nixj.eval.EvalStore}). The rest are Nix's semantics in one place each:
 * {@link org.nixj.eval.Arithmetic}, {@link org.nixj.eval.Comparison}, {@link org.nixj.eval.Equality},
 * {@link org.nixj.eval.Coercion}, and the byte-string boundary {@link org.nixj.eval.ByteStrings}.
 */
package org.nixj.eval;
