/**
 * The evaluator. So far it holds the static half of evaluation: {@link org.nixj.eval.resolve} checks, as
 * Nix does before evaluating anything, that every variable refers to a binding.
 */
package org.nixj.eval;
