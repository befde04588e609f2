/**
 * Printing values as Nix prints them: {@link org.nixj.eval.print.AmbiguousPrinter} for
 * {@code nix-instantiate --eval} ({@code <CODE>}, {@code <LAMBDA>}, {@code «repeated»}), and
 * {@link org.nixj.eval.print.ValuePrinter} for {@code nix eval} and error messages, with the limits and
 * forcing behaviour of its {@link org.nixj.eval.print.PrintOptions}.
 */
package org.nixj.eval.print;
