package org.nixj.parser;

import java.util.Objects;

/**
 * The settings of current Nix that change what the parser accepts or reports: the {@code pipe-operators}
 * experimental feature, without which {@code |>} and {@code <|} are errors, and the three literal lints.
 *
 * @param pipeOperators whether the experimental feature {@code pipe-operators} is on
 * @param urlLiterals {@code lint-url-literals}: unquoted URLs such as {@code https://example.org}
 * @param shortPathLiterals {@code lint-short-path-literals}: relative paths not starting with {@code .}
 * @param absolutePathLiterals {@code lint-absolute-path-literals}: {@code /abs} and {@code ~/home} paths
 */
public record ParseOptions(boolean pipeOperators, LintLevel urlLiterals, LintLevel shortPathLiterals,
                           LintLevel absolutePathLiterals) {
    /** Current Nix's defaults: no pipe operators, no lints. */
    public static final ParseOptions DEFAULTS = new ParseOptions(false, LintLevel.IGNORE, LintLevel.IGNORE, LintLevel.IGNORE);

    /** Everything the grammar has accepted, nothing reported: for tools that parse code of any vintage. */
    public static final ParseOptions PERMISSIVE = new ParseOptions(true, LintLevel.IGNORE, LintLevel.IGNORE, LintLevel.IGNORE);

    public ParseOptions {
        Objects.requireNonNull(urlLiterals);
        Objects.requireNonNull(shortPathLiterals);
        Objects.requireNonNull(absolutePathLiterals);
    }

    /** Whether parsing with these options needs the lexical checks of {@link LanguageChecks} on this text. */
    boolean needsChecks(String text) {
        return urlLiterals != LintLevel.IGNORE || shortPathLiterals != LintLevel.IGNORE
                || absolutePathLiterals != LintLevel.IGNORE
                || !pipeOperators && (text.contains("|>") || text.contains("<|"));
    }
}
