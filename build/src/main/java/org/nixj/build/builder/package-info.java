/**
 * The builders nixj runs in-process, named {@code builtin:<name>} in a derivation: the {@link
 * org.nixj.build.builder.Builder} interface, what a builder sees of its build ({@link
 * org.nixj.build.builder.BuildContext}), and Nix's own {@code builtin:fetchurl}.
 */
package org.nixj.build.builder;
