package org.nixj.parser;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The fast front end's lexer: the tokens of {@code NixLexer.g4} and {@link NixTokenSource}, scanned by hand
 * into primitive arrays (kind, start, end) rather than one object per token.
 *
 * <p>It follows ANTLR's rule for the default state exactly: the longest match wins, and among equally long
 * matches the rule listed first in the grammar. The other lexer states (strings, indented strings, the rest
 * of an interpolated path) have no competing rules. Wherever the ANTLR path would report an error (an
 * invalid character, an unterminated comment, a path with a trailing slash, a string cut off after a
 * backslash) it bails out instead, leaving the error to ANTLR.
 */
final class Scanner {
    // Token kinds. Keywords first, in the grammar's order, so that a keyword wins a tie with an identifier.
    static final int EOF = 0, IF = 1, THEN = 2, ELSE = 3, ASSERT = 4, WITH = 5, LET = 6, IN = 7, REC = 8,
            INHERIT = 9, OR_KW = 10, ELLIPSIS = 11, EQ = 12, NEQ = 13, LEQ = 14, GEQ = 15, AND = 16, OR = 17,
            IMPL = 18, UPDATE = 19, CONCAT = 20, PIPE_FROM = 21, PIPE_INTO = 22, ID = 23, INT = 24, FLOAT = 25,
            PATH_INTERP_START = 26, HPATH_INTERP_START = 27, PATH = 28, HPATH = 29, SPATH = 30, URI = 31,
            DOLLAR_CURLY = 32, LBRACE = 33, RBRACE = 34, STRING_OPEN = 35, IND_STRING_OPEN = 36, COLON = 37,
            AT = 38, SEMI = 39, NOT = 40, DOT = 41, LPAREN = 42, RPAREN = 43, LBRACK = 44, RBRACK = 45,
            ASSIGN = 46, COMMA = 47, LT = 48, GT = 49, PLUS = 50, MINUS = 51, STAR = 52, SLASH = 53,
            QUESTION = 54, STR = 55, STR_DOLLAR = 56, STRING_CLOSE = 57, IND_STR = 58, IND_ESC_DOLLAR = 59,
            IND_DOLLAR = 60, IND_ESC_QUOTES = 61, IND_ESC_CHAR = 62, IND_QUOTE = 63, IND_STRING_CLOSE = 64,
            PATH_FRAGMENT = 65, PATH_DOLLAR_CURLY = 66;

    private static final int DEFAULT_MODE = 0, STRING_MODE = 1, IND_STRING_MODE = 2, IN_PATH_MODE = 3;

    private static final String[] KEYWORDS = {null, "if", "then", "else", "assert", "with", "let", "in", "rec", "inherit", "or"};

    /** The scanned tokens; the last is {@link #EOF}. */
    final int[] kind;
    final int[] start;
    final int[] end;
    final int count;
    /** The doc comment ({@code /** ... *}{@code /}) directly before a token, by token index. */
    private final Map<Integer, String> docs;

    private Scanner(int[] kind, int[] start, int[] end, int count, Map<Integer, String> docs) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.count = count;
        this.docs = docs;
    }

    /** The doc comment directly before token {@code index} (after the previous token), or null. */
    String doc(int index) {
        return docs.isEmpty() ? null : docs.get(index);
    }

    /** Scans {@code text} (a byte string); throws {@link FastParser.Bail} where the ANTLR lexer would fail. */
    static Scanner scan(String text) {
        return new Lexer(text).run();
    }

    private static final class Lexer {
        private final String text;
        /** The text's bytes: array reads are cheaper than {@code charAt}, above all before the JIT compiles. */
        private final byte[] bytes;
        private final int n;
        private int[] kind;
        private int[] start;
        private int[] end;
        private int count;
        private final Map<Integer, String> docs = new HashMap<>();
        private int pendingDocStart = -1;
        private int pendingDocEnd;
        private int mode = DEFAULT_MODE;
        private int[] modeStack = new int[16];
        private int depth;
        /** The end of the match found by {@link #matchDefault}. */
        private int matchEnd;
        /** The length of the operator found by {@link #operator}. */
        private int operatorLength;
        /** The last run of path characters scanned, {@code [start, end)}: see {@link #pathChars}. */
        private int pathRunStart;
        private int pathRunEnd;
        /** The last run of URI scheme characters scanned, {@code [start, end)}: see {@link #uriLength}. */
        private int schemeRunStart;
        private int schemeRunEnd;

        Lexer(String text) {
            this.text = text;
            this.bytes = text.getBytes(StandardCharsets.ISO_8859_1);
            this.n = bytes.length;
            int capacity = Math.max(16, n / 4);
            kind = new int[capacity];
            start = new int[capacity];
            end = new int[capacity];
        }

        private int ch(int i) {
            return i < n ? bytes[i] & 0xff : -1;
        }

        Scanner run() {
            int p = 0;
            while (true) {
                if (mode == IN_PATH_MODE && !continuesPath(p)) {
                    popMode();
                }
                if (p >= n) {
                    emit(EOF, n, n);
                    return new Scanner(kind, start, end, count, docs);
                }
                p = switch (mode) {
                    case DEFAULT_MODE -> scanDefault(p);
                    case STRING_MODE -> scanString(p);
                    case IND_STRING_MODE -> scanIndString(p);
                    default -> scanInPath(p);
                };
            }
        }

        private void emit(int k, int s, int e) {
            if (count == kind.length) {
                int capacity = count * 2;
                kind = Arrays.copyOf(kind, capacity);
                start = Arrays.copyOf(start, capacity);
                end = Arrays.copyOf(end, capacity);
            }
            if (pendingDocStart >= 0) {
                docs.put(count, text.substring(pendingDocStart, pendingDocEnd));
                pendingDocStart = -1;
            }
            kind[count] = k;
            start[count] = s;
            end[count] = e;
            count++;
        }

        private void pushMode(int m) {
            if (depth == modeStack.length) {
                modeStack = Arrays.copyOf(modeStack, depth * 2);
            }
            modeStack[depth++] = mode;
            mode = m;
        }

        /** As in {@link NixTokenSource}: a '}' that closes nothing leaves the state alone. */
        private void popMode() {
            if (depth > 0) {
                mode = modeStack[--depth];
            }
        }

        // ------------------------------------------------------------ default state

        private int scanDefault(int p) {
            int c = (bytes[p] & 0xff);
            switch (c) {
                case ' ', '\t', '\r', '\n' -> {
                    int q = p + 1;
                    while (q < n && ((c = (bytes[q] & 0xff)) == ' ' || c == '\t' || c == '\r' || c == '\n')) {
                        q++;
                    }
                    return q;
                }
                case '#' -> {
                    int q = p + 1;
                    while (q < n && (c = (bytes[q] & 0xff)) != '\r' && c != '\n') {
                        q++;
                    }
                    return q;
                }
                default -> {}
            }
            if (c == '/' && ch(p + 1) == '*') {
                int close = text.indexOf("*/", p + 2);
                if (close < 0) {
                    throw new FastParser.Bail("unterminated comment");
                }
                int q = close + 2;
                int third = ch(p + 2);
                if (third == '*' && ch(p + 3) != '/' && ch(p + 3) != '*') {
                    pendingDocStart = p;
                    pendingDocEnd = q;
                }
                return q;
            }
            int k = matchDefault(p);
            int e = matchEnd;
            emit(k, p, e);
            switch (k) {
                case DOLLAR_CURLY, LBRACE -> pushMode(DEFAULT_MODE);
                case RBRACE -> popMode();
                case STRING_OPEN -> pushMode(STRING_MODE);
                case IND_STRING_OPEN -> pushMode(IND_STRING_MODE);
                case PATH, HPATH -> {
                    if (atInterpolation(e)) {
                        pushMode(IN_PATH_MODE);
                    } else if ((bytes[e - 1] & 0xff) == '/') {
                        throw new FastParser.Bail("path with a trailing slash");
                    }
                }
                case PATH_INTERP_START, HPATH_INTERP_START -> {
                    pushMode(IN_PATH_MODE);
                    pushMode(DEFAULT_MODE);
                }
                default -> {}
            }
            return e;
        }

        /** The kind of the longest token at {@code p} (the earliest rule on a tie); its end in {@link #matchEnd}. */
        private int matchDefault(int p) {
            int c = (bytes[p] & 0xff);
            int best = -1;
            int bestLen = 0;
            if (isIdStart(c)) {
                int q = p + 1;
                while (q < n && isIdChar(bytes[q] & 0xff)) {
                    q++;
                }
                // Only '.', '+', '/' or ':' after it can make a longer path or URI of an identifier: a path's
                // first segment and a URI's scheme stop no later than the identifier (at its end, or at a
                // quote or underscore), and must be followed by '/' or ':'.
                int next = ch(q);
                if (next != '.' && next != '+' && next != '/' && next != ':') {
                    matchEnd = q;
                    return keyword(p, q - p);
                }
                best = keyword(p, q - p);
                bestLen = q - p;
            }
            if (c >= '0' && c <= '9') {
                int q = p + digits(p);
                // A float needs a '.', a path a '/' after path characters: neither is possible here.
                int next = ch(q);
                if (next != '/' && !isPathChar(next)) {
                    matchEnd = q;
                    return INT;
                }
            }
            if (c >= '0' && c <= '9') {
                int len = digits(p);
                if (len > bestLen) {
                    best = INT;
                    bestLen = len;
                }
            }
            if ((c >= '0' && c <= '9') || c == '.') {
                int len = floatLength(p);
                if (len > bestLen) {
                    best = FLOAT;
                    bestLen = len;
                }
            }
            if (isPathChar(c) || c == '/') {
                int q = p + pathChars(p);
                if (ch(q) == '/') {
                    if (ch(q + 1) == '$' && ch(q + 2) == '{' && q + 3 - p > bestLen) {
                        best = PATH_INTERP_START;
                        bestLen = q + 3 - p;
                    }
                    int len = pathSegments(q) - p;
                    if (len > q - p && len > bestLen) {
                        best = PATH;
                        bestLen = len;
                    }
                }
            }
            if (c == '~') {
                if (ch(p + 1) == '/' && ch(p + 2) == '$' && ch(p + 3) == '{') {
                    best = HPATH_INTERP_START;
                    bestLen = 4;
                }
                int len = pathSegments(p + 1) - p;
                if (len > 1 && len > bestLen) {
                    best = HPATH;
                    bestLen = len;
                }
            }
            if (c == '<') {
                int len = searchPathLength(p);
                if (len > bestLen) {
                    best = SPATH;
                    bestLen = len;
                }
            }
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                int len = uriLength(p);
                if (len > bestLen) {
                    best = URI;
                    bestLen = len;
                }
            }
            int op = operator(p, c);
            if (op >= 0 && (operatorLength > bestLen || (operatorLength == bestLen && op < best))) {
                best = op;
                bestLen = operatorLength;
            }
            if (best < 0) {
                throw new FastParser.Bail("invalid token");
            }
            matchEnd = p + bestLen;
            return best;
        }

        /** The operator or bracket at {@code p}, longest first, with its length in {@link #operatorLength}. */
        private int operator(int p, int c) {
            int d = ch(p + 1);
            operatorLength = 2;
            switch (c) {
                case '.' -> {
                    if (d == '.' && ch(p + 2) == '.') {
                        operatorLength = 3;
                        return ELLIPSIS;
                    }
                }
                case '=' -> {
                    if (d == '=') return EQ;
                }
                case '!' -> {
                    if (d == '=') return NEQ;
                }
                case '<' -> {
                    if (d == '=') return LEQ;
                    if (d == '|') return PIPE_FROM;
                }
                case '>' -> {
                    if (d == '=') return GEQ;
                }
                case '&' -> {
                    if (d == '&') return AND;
                }
                case '|' -> {
                    if (d == '|') return OR;
                    if (d == '>') return PIPE_INTO;
                }
                case '-' -> {
                    if (d == '>') return IMPL;
                }
                case '/' -> {
                    if (d == '/') return UPDATE;
                }
                case '+' -> {
                    if (d == '+') return CONCAT;
                }
                case '$' -> {
                    if (d == '{') return DOLLAR_CURLY;
                }
                case '\'' -> {
                    if (d == '\'') {
                        // '' (' '* '\n')?: the spaces and newline belong to the token only if the newline comes.
                        int q = p + 2;
                        while (ch(q) == ' ') {
                            q++;
                        }
                        operatorLength = ch(q) == '\n' ? q + 1 - p : 2;
                        return IND_STRING_OPEN;
                    }
                }
                default -> {}
            }
            operatorLength = 1;
            return switch (c) {
                case '{' -> LBRACE;
                case '}' -> RBRACE;
                case '"' -> STRING_OPEN;
                case ':' -> COLON;
                case '@' -> AT;
                case ';' -> SEMI;
                case '!' -> NOT;
                case '.' -> DOT;
                case '(' -> LPAREN;
                case ')' -> RPAREN;
                case '[' -> LBRACK;
                case ']' -> RBRACK;
                case '=' -> ASSIGN;
                case ',' -> COMMA;
                case '<' -> LT;
                case '>' -> GT;
                case '+' -> PLUS;
                case '-' -> MINUS;
                case '*' -> STAR;
                case '/' -> SLASH;
                case '?' -> QUESTION;
                default -> -1;
            };
        }

        /** The keyword spelt by the identifier at {@code p}, else {@link #ID}. */
        private int keyword(int p, int len) {
            int k = switch (bytes[p]) {
                case 'i' -> len == 2 ? (bytes[p + 1] == 'f' ? IF : IN) : INHERIT;
                case 't' -> THEN;
                case 'e' -> ELSE;
                case 'a' -> ASSERT;
                case 'w' -> WITH;
                case 'l' -> LET;
                case 'r' -> REC;
                case 'o' -> OR_KW;
                default -> ID;
            };
            return k != ID && KEYWORDS[k].length() == len && text.startsWith(KEYWORDS[k], p) ? k : ID;
        }

        private int digits(int p) {
            int q = p;
            while (q < n && (bytes[q] & 0xff) >= '0' && (bytes[q] & 0xff) <= '9') {
                q++;
            }
            return q - p;
        }

        /** FLOAT: ( [1-9] [0-9]* '.' [0-9]* | '0'? '.' [0-9]+ ) ( [Ee] [+-]? [0-9]+ )?; 0 when none. */
        private int floatLength(int p) {
            int best = 0;
            int c = ch(p);
            if (c >= '1' && c <= '9') {
                int q = p + digits(p);
                if (ch(q) == '.') {
                    q++;
                    q += digits(q);
                    best = Math.max(best, withExponent(q) - p);
                }
            }
            int q = c == '0' ? p + 1 : p;
            if (ch(q) == '.' && digits(q + 1) > 0) {
                q = q + 1 + digits(q + 1);
                best = Math.max(best, withExponent(q) - p);
            }
            return best;
        }

        private int withExponent(int q) {
            int c = ch(q);
            if (c != 'e' && c != 'E') {
                return q;
            }
            int r = q + 1;
            if (ch(r) == '+' || ch(r) == '-') {
                r++;
            }
            int d = digits(r);
            return d > 0 ? r + d : q;
        }

        private int pathChars(int p) {
            // Every token inside a run (a.b.c.d: each name is tried as a path) would scan to the run's end
            // again, in time quadratic in the run's length: the end of the last run scanned is remembered.
            if (p < pathRunStart || p >= pathRunEnd) {
                int q = p;
                while (q < n && isPathChar((bytes[q] & 0xff))) {
                    q++;
                }
                pathRunStart = p;
                pathRunEnd = q;
            }
            return pathRunEnd - p;
        }

        /** From {@code q}: ('/' PATH_CHAR+)+ '/'?; the end, or {@code q} when there is no segment. */
        private int pathSegments(int q) {
            int r = q;
            while (ch(r) == '/' && isPathChar(ch(r + 1))) {
                r += 1 + pathChars(r + 1);
            }
            if (r == q) {
                return q;
            }
            return ch(r) == '/' ? r + 1 : r;
        }

        /** {@code SPATH: '<' PATH_CHAR+ ('/' PATH_CHAR+)* '>'}. */
        private int searchPathLength(int p) {
            int q = p + 1;
            int len = pathChars(q);
            if (len == 0) {
                return 0;
            }
            q += len;
            while (ch(q) == '/' && isPathChar(ch(q + 1))) {
                q += 1 + pathChars(q + 1);
            }
            return ch(q) == '>' ? q + 1 - p : 0;
        }

        /** {@code URI: [a-zA-Z] [a-zA-Z0-9+\-.]* ':' [a-zA-Z0-9%/?:@&=+$,\-_.!~*']+}. */
        private int uriLength(int p) {
            // As in pathChars: the end of the last run of scheme characters is remembered.
            if (p + 1 < schemeRunStart || p + 1 >= schemeRunEnd) {
                int q = p + 1;
                int c;
                while ((c = ch(q)) >= 0 && (isAlnum(c) || c == '+' || c == '-' || c == '.')) {
                    q++;
                }
                schemeRunStart = p + 1;
                schemeRunEnd = q;
            }
            int q = schemeRunEnd;
            int c;
            if (ch(q) != ':') {
                return 0;
            }
            int r = q + 1;
            while ((c = ch(r)) >= 0 && (isAlnum(c) || "%/?:@&=+$,-_.!~*'".indexOf(c) >= 0)) {
                r++;
            }
            return r > q + 1 ? r - p : 0;
        }

        // ------------------------------------------------------------ strings and paths

        private int scanString(int p) {
            int q = p;
            while (q < n) {
                int c = (bytes[q] & 0xff);
                if (c == '"') {
                    break;
                } else if (c == '\\') {
                    if (q + 1 >= n) {
                        break;
                    }
                    q += 2;
                } else if (c == '$') {
                    int d = ch(q + 1);
                    if (d == '\\' && q + 2 < n) {
                        q += 3;
                    } else if (d >= 0 && d != '{' && d != '"' && d != '\\') {
                        q += 2;
                    } else {
                        break;
                    }
                } else {
                    q++;
                }
            }
            if (q > p) {
                emit(STR, p, q);
                return q;
            }
            int c = (bytes[p] & 0xff);
            if (c == '"') {
                emit(STRING_CLOSE, p, p + 1);
                popMode();
                return p + 1;
            }
            if (c == '$' && ch(p + 1) == '{') {
                emit(DOLLAR_CURLY, p, p + 2);
                pushMode(DEFAULT_MODE);
                return p + 2;
            }
            if (c == '$' && ch(p + 1) != '\\') {
                emit(STR_DOLLAR, p, p + 1);
                return p + 1;
            }
            throw new FastParser.Bail("string cut off after a backslash");
        }

        private int scanIndString(int p) {
            int q = p;
            while (q < n) {
                int c = (bytes[q] & 0xff);
                if (c == '$') {
                    int d = ch(q + 1);
                    if (d >= 0 && d != '{' && d != '\'') {
                        q += 2;
                    } else {
                        break;
                    }
                } else if (c == '\'') {
                    int d = ch(q + 1);
                    if (d >= 0 && d != '\'' && d != '$') {
                        q += 2;
                    } else {
                        break;
                    }
                } else {
                    q++;
                }
            }
            if (q > p) {
                emit(IND_STR, p, q);
                return q;
            }
            int c = (bytes[p] & 0xff);
            if (c == '$') {
                if (ch(p + 1) == '{') {
                    emit(DOLLAR_CURLY, p, p + 2);
                    pushMode(DEFAULT_MODE);
                    return p + 2;
                }
                emit(IND_DOLLAR, p, p + 1);
                return p + 1;
            }
            // c == '\''
            if (ch(p + 1) != '\'') {
                emit(IND_QUOTE, p, p + 1);
                return p + 1;
            }
            int third = ch(p + 2);
            if (third == '$') {
                emit(IND_ESC_DOLLAR, p, p + 3);
                return p + 3;
            }
            if (third == '\'') {
                emit(IND_ESC_QUOTES, p, p + 3);
                return p + 3;
            }
            if (third == '\\' && p + 3 < n) {
                emit(IND_ESC_CHAR, p, p + 4);
                return p + 4;
            }
            emit(IND_STRING_CLOSE, p, p + 2);
            popMode();
            return p + 2;
        }

        private int scanInPath(int p) {
            if (atInterpolation(p)) {
                emit(PATH_DOLLAR_CURLY, p, p + 2);
                pushMode(DEFAULT_MODE);
                return p + 2;
            }
            int q = p;
            while (q < n && (isPathChar((bytes[q] & 0xff)) || (bytes[q] & 0xff) == '/')) {
                q++;
            }
            emit(PATH_FRAGMENT, p, q);
            if ((bytes[q - 1] & 0xff) == '/' && !atInterpolation(q)) {
                throw new FastParser.Bail("path with a trailing slash");
            }
            return q;
        }

        private boolean continuesPath(int p) {
            int c = ch(p);
            return isPathChar(c) || c == '/' || atInterpolation(p);
        }

        private boolean atInterpolation(int p) {
            return ch(p) == '$' && ch(p + 1) == '{';
        }
    }

    // Character classes, by byte; -1 (the end of the input) is in none.
    private static final int ALNUM = 1, ID_START = 2, ID_CHAR = 4, PATH_CHAR = 8;
    private static final byte[] CLASSES = new byte[256];

    static {
        for (int c = 0; c < 256; c++) {
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            boolean letter = alnum && !(c >= '0' && c <= '9');
            int classes = (alnum ? ALNUM : 0)
                    | (letter || c == '_' ? ID_START : 0)
                    | (alnum || c == '_' || c == '\'' || c == '-' ? ID_CHAR : 0)
                    | (alnum || c == '.' || c == '_' || c == '-' || c == '+' ? PATH_CHAR : 0);
            CLASSES[c] = (byte) classes;
        }
    }

    private static boolean is(int c, int charClass) {
        return c >= 0 && (CLASSES[c] & charClass) != 0;
    }

    private static boolean isAlnum(int c) {
        return is(c, ALNUM);
    }

    private static boolean isIdStart(int c) {
        return is(c, ID_START);
    }

    private static boolean isIdChar(int c) {
        return is(c, ID_CHAR);
    }

    private static boolean isPathChar(int c) {
        return is(c, PATH_CHAR);
    }
}
