package org.nixj.parser;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.nixj.grammar.antlr.NixLexer;
import org.nixj.source.Pos;
import org.nixj.source.Source;

/**
 * The lexer, with the two pieces of Nix's lexer state that ANTLR modes cannot express.
 *
 * <ul>
 *   <li>Interpolated paths. After a path token directly followed by {@code ${}, Nix stays "in the path":
 *       after the interpolation, path characters continue the path, and the first other character ends it.
 *       Ending it takes no input, so it is decided here, by looking at the next character, rather than by
 *       a lexer rule. A path that ends in {@code /} must continue with an interpolation.</li>
 *   <li>A {@code '}'} that closes nothing leaves the state stack alone (Nix does the same and lets the
 *       parser report the brace).</li>
 * </ul>
 *
 * Also, a string cut off by the end of the input after a lone {@code \} or {@code $\} ends in an end-of-file
 * token, as in Nix.
 */
final class NixTokenSource extends NixLexer {
    private final Source source;
    private final FailureFlag failure;

    NixTokenSource(CharStream input, Source source, FailureFlag failure) {
        super(input);
        this.source = source;
        this.failure = failure;
    }

    @Override
    public Token nextToken() {
        if (_mode == IN_PATH && !continuesPath()) {
            popMode();
        }
        Token token = super.nextToken();
        switch (token.getType()) {
            case PATH, HPATH -> {
                if (atInterpolation()) {
                    pushMode(IN_PATH);
                } else if (endsWithSlash(token)) {
                    throw failure.raise(continuesPath() ? missingInterpolation(token) : trailingSlash(token));
                }
            }
            case PATH_INTERP_START, HPATH_INTERP_START -> {
                pushMode(IN_PATH);
                pushMode(DEFAULT_MODE);
            }
            case PATH_FRAGMENT -> {
                if (endsWithSlash(token) && !atInterpolation()) {
                    throw failure.raise(trailingSlash(token));
                }
            }
            case STR_TRUNCATED -> {
                return _factory.create(_tokenFactorySourcePair, EOF, null, DEFAULT_TOKEN_CHANNEL,
                        _input.index(), _input.index() - 1, token.getLine(), token.getCharPositionInLine());
            }
            default -> {}
        }
        return token;
    }

    @Override
    public int popMode() {
        return _modeStack.isEmpty() ? _mode : super.popMode();
    }

    private boolean continuesPath() {
        int c = _input.LA(1);
        return isPathChar(c) || c == '/' || atInterpolation();
    }

    private boolean atInterpolation() {
        return _input.LA(1) == '$' && _input.LA(2) == '{';
    }

    private static boolean isPathChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '-' || c == '+';
    }

    private static boolean endsWithSlash(Token token) {
        String text = token.getText();
        return text.charAt(text.length() - 1) == '/';
    }

    /**
     * {@code ./a//b}: Nix reads {@code ./a/}, then {@code /b} as the rest of the path, which is only
     * allowed after an interpolation; its parser then meets the end of the path, reported at the path.
     */
    private ParseError missingInterpolation(Token path) {
        return new ParseError("syntax error, unexpected end of path, expecting '${'", new Pos(source, path.getStartIndex()));
    }

    /** Nix reports the character after the slash, or the path itself when the input ends there. */
    private ParseError trailingSlash(Token path) {
        int next = _input.index();
        int offset = next < _input.size() ? next : path.getStartIndex();
        return new ParseError("path has a trailing slash", new Pos(source, offset));
    }
}
