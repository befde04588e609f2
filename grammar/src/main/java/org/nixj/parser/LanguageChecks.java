package org.nixj.parser;

import java.util.function.Consumer;
import org.nixj.source.Pos;
import org.nixj.source.Source;

/**
 * The checks current Nix makes on single tokens while it parses: the pipe operators need the
 * {@code pipe-operators} experimental feature (its lexer refuses the token), and the literal lints warn about,
 * or refuse, unquoted URLs and path literals that are short or absolute. They run over the tokens of code that
 * parsed, in source order, so the first refused token is the one reported, as in Nix.
 */
final class LanguageChecks {
    private static final String PIPE_DISABLED = "experimental Nix feature 'pipe-operators' is disabled;"
            + " add '--extra-experimental-features pipe-operators' to enable it";

    private LanguageChecks() {}

    /**
     * Checks the tokens of {@code source}: throws the first error, and gives each warning to {@code warnings}
     * before it. Code the fast scanner leaves to ANTLR (which only reports errors) is not checked.
     */
    static void check(Source source, ParseOptions options, Consumer<ParseError> warnings) {
        Scanner tokens;
        try {
            tokens = Scanner.scan(source.text());
        } catch (FastParser.Bail e) {
            return;
        }
        check(source, tokens, options, warnings);
    }

    /**
     * The first pipe operator before {@code limit} (an offset) when the feature is off, as the error Nix's lexer
     * gives before it reaches a syntax error at {@code limit}; null when there is none or the text does not scan.
     */
    static ParseError pipeBefore(Source source, ParseOptions options, int limit) {
        if (options.pipeOperators()) {
            return null;
        }
        try {
            Scanner tokens = Scanner.scan(source.text());
            for (int i = 0; i < tokens.count && tokens.start[i] < limit; i++) {
                if (tokens.kind[i] == Scanner.PIPE_FROM || tokens.kind[i] == Scanner.PIPE_INTO) {
                    return new ParseError(PIPE_DISABLED, new Pos(source, tokens.start[i]));
                }
            }
        } catch (FastParser.Bail e) {
            // The lexical error comes first; the caller reports the syntax error.
        }
        return null;
    }

    private static void check(Source source, Scanner tokens, ParseOptions options, Consumer<ParseError> warnings) {
        String text = source.text();
        for (int i = 0; i < tokens.count; i++) {
            int start = tokens.start[i];
            Pos pos = new Pos(source, start);
            switch (tokens.kind[i]) {
                case Scanner.PIPE_FROM, Scanner.PIPE_INTO -> {
                    if (!options.pipeOperators()) {
                        throw new ParseError(PIPE_DISABLED, pos);
                    }
                }
                case Scanner.URI -> {
                    String url = text.substring(start, tokens.end[i]);
                    report(options.urlLiterals(), pos, warnings, fatal -> "URL literals are "
                            + (fatal ? "disallowed" : "discouraged") + ". Consider using a string literal \"" + url
                            + "\" instead (lint-url-literals)");
                }
                case Scanner.PATH, Scanner.PATH_INTERP_START -> {
                    String literal = literal(text, start, tokens.end[i]);
                    if (literal.startsWith("/")) {
                        report(options.absolutePathLiterals(), pos, warnings, fatal -> "absolute path literals are not"
                                + " portable. Consider replacing path literal '" + literal + "' by a string, relative"
                                + " path, or parameter (lint-absolute-path-literals)");
                    } else if (!literal.startsWith(".")) {
                        report(options.shortPathLiterals(), pos, warnings, fatal -> "relative path literal '" + literal
                                + "' should be prefixed with '.' for clarity: './" + literal + "' (lint-short-path-literals)");
                    }
                }
                case Scanner.HPATH, Scanner.HPATH_INTERP_START -> {
                    String literal = literal(text, start, tokens.end[i]);
                    report(options.absolutePathLiterals(), pos, warnings, fatal -> "home path literals are not"
                            + " portable. Consider replacing path literal '" + literal + "' by a string, relative"
                            + " path, or parameter (lint-absolute-path-literals)");
                }
                default -> {}
            }
        }
    }

    /** A path token's literal: without the <code>${</code> that starts an interpolation right after it. */
    private static String literal(String text, int start, int end) {
        String token = text.substring(start, end);
        return token.endsWith("${") ? token.substring(0, token.length() - 2) : token;
    }

    private interface Message {
        String text(boolean fatal);
    }

    private static void report(LintLevel level, Pos pos, Consumer<ParseError> warnings, Message message) {
        switch (level) {
            case IGNORE -> {}
            case WARN -> warnings.accept(new ParseError(message.text(false), pos));
            case FATAL -> throw new ParseError(message.text(true), pos);
        }
    }
}
