/**
 * Nix values. {@link org.nixj.eval.value.Lazy} is a {@link org.nixj.eval.value.Value} or a
 * {@link org.nixj.eval.value.Thunk} not computed yet; the values are {@link org.nixj.eval.value.NixInt},
 * {@link org.nixj.eval.value.NixFloat}, {@link org.nixj.eval.value.NixBool}, {@link org.nixj.eval.value.NixNull},
 * {@link org.nixj.eval.value.NixString} (bytes with a {@link org.nixj.eval.value.StringContext}),
 * {@link org.nixj.eval.value.NixPath}, {@link org.nixj.eval.value.NixAttrs}, {@link org.nixj.eval.value.NixList}
 * and the functions ({@link org.nixj.eval.value.NixFunction}: a {@link org.nixj.eval.value.Closure}, a builtin
 * {@link org.nixj.eval.value.PrimOp} or one partly applied, {@link org.nixj.eval.value.PrimOpApp}). All are
 * immutable once built, except that a thunk remembers its value.
 */
package org.nixj.eval.value;
