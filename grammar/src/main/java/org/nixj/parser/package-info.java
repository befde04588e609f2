/**
 * Parsing Nix: {@link org.nixj.parser.SourceParser} turns a {@link org.nixj.source.Source} into an
 * {@link org.nixj.syntax.Expr}, or throws a {@link org.nixj.parser.ParseError} worded as current Nix words it.
 *
 * <p>The pipeline: the ANTLR lexer (with {@link org.nixj.parser.NixTokenSource} supplying the two pieces of
 * lexer state ANTLR modes cannot), the ANTLR parser (SLL prediction first, full LL only if that fails), and
 * {@link org.nixj.parser.AstBuilder}, which does Nix's desugaring and parse-time checks. Parsing runs on a
 * thread of its own with a large stack, so deeply nested input parses rather than overflowing.
 *
 * <p>In front of that pipeline, which is the specification and reports every error, runs a fast front end
 * for valid input: {@link org.nixj.parser.Scanner} and {@link org.nixj.parser.FastParser}. It gives up on
 * anything it is not sure of, and the ANTLR pipeline parses the input again. Both build the AST with
 * {@link org.nixj.parser.GrammarActions}.
 */
package org.nixj.parser;
