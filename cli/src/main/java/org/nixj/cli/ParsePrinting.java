package org.nixj.cli;

import org.nixj.eval.EvalSettings;
import org.nixj.eval.Evaluator;
import java.util.function.Consumer;
import org.nixj.parser.ParseError;
import org.nixj.parser.ParseOptions;
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
     * {@link org.nixj.source.NixError} Nix would report. Everything the grammar has is accepted (the pipe
     * operators too), as by Nix with every feature on; nothing is linted.
     */
    public static String instantiateParse(Source source, String homeDirectory) {
        return instantiateParse(source, homeDirectory, ParseOptions.PERMISSIVE, warning -> {});
    }

    /**
     * As {@link #instantiateParse(Source, String)}, parsing with {@code options} (pipe operators, literal
     * lints), the lint warnings given to {@code warnings}.
     */
    public static String instantiateParse(Source source, String homeDirectory, ParseOptions options,
                                          Consumer<ParseError> warnings) {
        Expr expr = SourceParser.parse(source, homeDirectory, options, warnings);
        Evaluator.create(EvalSettings.builder().build()).checkVariables(expr);
        return ExprPrinter.print(expr);
    }
}
