package org.nixj.cli;

import org.nixj.eval.EvalSettings;
import org.nixj.eval.Evaluator;
import org.nixj.parser.SourceParser;
import org.nixj.source.Source;
import org.nixj.syntax.Expr;
import org.nixj.syntax.ExprPrinter;

/** What {@code nixj instantiate --parse} does with one source, callable in-process (the corpus tests use it). */
public final class ParsePrinting {
    private ParsePrinting() {}

    /**
     * Parses {@code source}, checks that its variables are bound, and returns its canonical form as a byte
     * string, as {@code nix-instantiate --parse} prints it (without the final newline). Throws the
     * {@link org.nixj.source.NixError} Nix would report.
     */
    public static String instantiateParse(Source source, String homeDirectory) {
        Expr expr = SourceParser.parse(source, homeDirectory);
        Evaluator.create(EvalSettings.builder().build()).checkVariables(expr);
        return ExprPrinter.print(expr);
    }
}
