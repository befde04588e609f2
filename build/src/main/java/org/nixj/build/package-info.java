/**
 * Realising derivations: {@link org.nixj.build.Realiser} plans the derivations a set of goals needs, runs
 * their builders in parallel in dependency order and registers every output atomically, with the references
 * found by scanning it, as Nix does.
 */
package org.nixj.build;
