/**
 * The abstract syntax tree of the Nix language, as Nix itself builds it.
 *
 * <p>The tree keeps Nix's own desugaring, so that it prints exactly as {@code nix-instantiate --parse}
 * prints and evaluates exactly as Nix evaluates: {@code a - b} is a call of {@code __sub}, {@code a.b.c = 1;}
 * is a nested attribute set, {@code <p>} is a call of {@code __findFile}, {@code let { ...; body = e; }} is a
 * selection of {@code body}. Every node has a {@link org.nixj.source.Pos}, the one Nix reports for it.
 *
 * <p>Strings in the tree (names, literal text, paths) are byte strings: one char per byte, as in
 * {@link org.nixj.source}. Nodes are immutable records; optional parts are {@code null} where documented.
 */
package org.nixj.syntax;
