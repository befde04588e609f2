/**
 * Flakes as current Nix has them: flake references ({@code path:}, {@code git+file:}, {@code github:}, ...),
 * {@code flake.nix}, {@code flake.lock} (version 7), locking, and installables ({@code .#attr}). The flake
 * builtins ({@code getFlake}, {@code parseFlakeRef}, {@code flakeRefToString}) join the evaluator as a
 * {@link org.nixj.eval.builtins.BuiltinGroup}.
 */
package org.nixj.flake;
