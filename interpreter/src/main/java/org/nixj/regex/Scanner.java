package org.nixj.regex;

/**
 * Splits an extended regular expression into tokens as libstdc++'s {@code _Scanner} does for
 * {@code std::regex::extended}, one token ahead of the compiler. It has three modes: normal, inside a
 * bracket expression and inside an interval ({@code {m,n}}).
 *
 * <p>The rules that differ from other regex dialects: only {@code .[\()*+?{|^$} are special, so {@code ]}
 * and {@code }} are ordinary; a backslash may only quote one of those special characters (anything else,
 * {@code \d} or {@code \n} included, is invalid, as in a strict C++ build); inside brackets a backslash is an
 * ordinary character and {@code ]} right after {@code [} or {@code [^} is a member; NUL is invalid.
 */
final class Scanner {
    enum Token {
        ORD_CHAR, ANY_CHAR, LINE_BEGIN, LINE_END, CLOSURE0, CLOSURE1, OPT, OR, SUBEXPR_BEGIN, SUBEXPR_END,
        BRACKET_BEGIN, BRACKET_NEG_BEGIN, BRACKET_END, BRACKET_DASH, COLLSYMBOL, CHAR_CLASS_NAME,
        EQUIV_CLASS_NAME, INTERVAL_BEGIN, INTERVAL_END, DUP_COUNT, COMMA, EOF
    }

    private static final String SPECIAL = ".[\\()*+?{|^$";

    private enum Mode { NORMAL, IN_BRACKET, IN_BRACE }

    private final String pattern;
    private int pos;
    private Mode mode = Mode.NORMAL;
    private boolean atBracketStart;
    private Token token;
    private String value = "";

    Scanner(String pattern) {
        this.pattern = pattern;
        advance();
    }

    Token token() {
        return token;
    }

    /** The text of the current token: the character, the class name or the digits. */
    String value() {
        return value;
    }

    void advance() {
        if (pos == pattern.length()) {
            token = Token.EOF;
            return;
        }
        switch (mode) {
            case NORMAL -> scanNormal();
            case IN_BRACKET -> scanInBracket();
            case IN_BRACE -> scanInBrace();
        }
    }

    private void scanNormal() {
        char c = pattern.charAt(pos++);
        if (c != 0 && SPECIAL.indexOf(c) < 0) {
            ordinary(c);
            return;
        }
        switch (c) {
            case '\\' -> {
                if (pos == pattern.length()) {
                    throw new RegexSyntaxException("invalid escape at end of regular expression");
                }
                char quoted = pattern.charAt(pos);
                if (quoted == 0 || SPECIAL.indexOf(quoted) < 0) {
                    throw new RegexSyntaxException("invalid escape '\\" + quoted + "'");
                }
                pos++;
                ordinary(quoted);
            }
            case '(' -> token = Token.SUBEXPR_BEGIN;
            case ')' -> token = Token.SUBEXPR_END;
            case '[' -> {
                mode = Mode.IN_BRACKET;
                atBracketStart = true;
                if (pos < pattern.length() && pattern.charAt(pos) == '^') {
                    pos++;
                    token = Token.BRACKET_NEG_BEGIN;
                } else {
                    token = Token.BRACKET_BEGIN;
                }
            }
            case '{' -> {
                mode = Mode.IN_BRACE;
                token = Token.INTERVAL_BEGIN;
            }
            case 0 -> throw new RegexSyntaxException("NUL character in regular expression");
            case '^' -> token = Token.LINE_BEGIN;
            case '$' -> token = Token.LINE_END;
            case '.' -> token = Token.ANY_CHAR;
            case '*' -> token = Token.CLOSURE0;
            case '+' -> token = Token.CLOSURE1;
            case '?' -> token = Token.OPT;
            case '|' -> token = Token.OR;
            default -> throw new IllegalStateException("unexpected special character " + c);
        }
    }

    private void scanInBracket() {
        char c = pattern.charAt(pos++);
        if (c == '-') {
            token = Token.BRACKET_DASH;
        } else if (c == '[') {
            if (pos == pattern.length()) {
                throw new RegexSyntaxException("incomplete '[[' character class");
            }
            char kind = pattern.charAt(pos);
            if (kind == '.' || kind == ':' || kind == '=') {
                pos++;
                token = kind == '.' ? Token.COLLSYMBOL : kind == ':' ? Token.CHAR_CLASS_NAME : Token.EQUIV_CLASS_NAME;
                eatClass(kind);
            } else {
                ordinary(c);
            }
        } else if (c == ']' && !atBracketStart) {
            token = Token.BRACKET_END;
            mode = Mode.NORMAL;
        } else {
            ordinary(c);
        }
        atBracketStart = false;
    }

    /** Reads {@code name} up to the closing {@code <kind>]} of {@code [:name:]}, {@code [.name.]} or {@code [=name=]}. */
    private void eatClass(char kind) {
        int start = pos;
        while (pos < pattern.length() && pattern.charAt(pos) != kind) {
            pos++;
        }
        value = pattern.substring(start, pos);
        if (pos == pattern.length() || pattern.charAt(pos++) != kind
                || pos == pattern.length() || pattern.charAt(pos++) != ']') {
            throw new RegexSyntaxException("unterminated '[" + kind + "' in bracket expression");
        }
    }

    private void scanInBrace() {
        char c = pattern.charAt(pos++);
        if (c >= '0' && c <= '9') {
            int start = pos - 1;
            while (pos < pattern.length() && pattern.charAt(pos) >= '0' && pattern.charAt(pos) <= '9') {
                pos++;
            }
            token = Token.DUP_COUNT;
            value = pattern.substring(start, pos);
        } else if (c == ',') {
            token = Token.COMMA;
        } else if (c == '}') {
            mode = Mode.NORMAL;
            token = Token.INTERVAL_END;
        } else {
            throw new RegexSyntaxException("unexpected '" + c + "' in interval");
        }
    }

    private void ordinary(char c) {
        token = Token.ORD_CHAR;
        value = String.valueOf(c);
    }
}
