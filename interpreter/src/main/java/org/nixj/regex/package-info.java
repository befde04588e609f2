/**
 * POSIX extended regular expressions with the semantics Nix's {@code builtins.match} and
 * {@code builtins.split} actually have.
 *
 * <p>Nix compiles patterns with C++ {@code std::regex(re, std::regex::extended)}, so what users observe is
 * libstdc++'s implementation of POSIX ERE, quirks included, not the POSIX text and not
 * {@code java.util.regex}: a depth-first matcher that tries both sides of every {@code |} and keeps the
 * longest match at the leftmost position (with the captures of the first path that reached it), while
 * repetitions stay greedy and stop exploring shorter alternatives once any match was found. Java's
 * leftmost-first engine gives different answers ({@code split "(a|ab)" "abc"} captures {@code "ab"} in Nix,
 * {@code "a"} in Java), and Java's syntax would leak through ({@code \d}, {@code (?}, lazy and possessive
 * quantifiers, {@code $} before a final newline). So this package parses the pattern itself, builds the same
 * automaton libstdc++ builds (same states, same state limit) and runs the same search.
 *
 * <p>Strings are byte strings (one char, 0-255, per byte). Character classes are those of the C locale.
 * No dependency on the evaluator.
 */
package org.nixj.regex;
