package org.nixj.eval.serial;

/**
 * The tokens of JSON text, scanned exactly as nlohmann::json's lexer scans them, so that errors carry its
 * messages, its line and column count and its "last read" text. The input is a byte string (one char per
 * byte); strings must be well-formed UTF-8 and are kept as bytes; a NUL byte ends the input.
 */
final class JsonLexer {
    static final int EOF = -1;

    enum Token {
        UNINITIALIZED("<uninitialized>"), TRUE("true literal"), FALSE("false literal"), NULL("null literal"),
        STRING("string literal"), UNSIGNED("number literal"), INTEGER("number literal"), FLOAT("number literal"),
        BEGIN_ARRAY("'['"), BEGIN_OBJECT("'{'"), END_ARRAY("']'"), END_OBJECT("'}'"), NAME_SEPARATOR("':'"),
        VALUE_SEPARATOR("','"), PARSE_ERROR("<parse error>"), END_OF_INPUT("end of input"),
        LITERAL_OR_VALUE("'[', '{', or a literal");

        final String text;

        Token(String text) {
            this.text = text;
        }
    }

    private static final String[] CONTROL_NAMES = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT",
        "LF", "VT", "FF", "CR", "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB",
        "ESC", "FS", "GS", "RS", "US"};

    private final String input;
    private int next;
    private int current = EOF;
    private boolean nextUnget;
    private int charsReadTotal;
    private int charsReadCurrentLine;
    private int linesRead;
    private final StringBuilder tokenString = new StringBuilder();
    private final StringBuilder tokenBuffer = new StringBuilder();
    private String errorMessage = "";
    private long integerValue;
    private double floatValue;

    JsonLexer(String input) {
        this.input = input;
    }

    // ---- results -------------------------------------------------------------------------------------------

    /** The string just scanned, as bytes. */
    String string() {
        return tokenBuffer.toString();
    }

    /** The integer just scanned; for {@link Token#UNSIGNED}, to be read as an unsigned 64-bit number. */
    long integer() {
        return integerValue;
    }

    double number() {
        return floatValue;
    }

    String errorMessage() {
        return errorMessage;
    }

    /** "line L, column C" of the last character read, as nlohmann counts them. */
    String position() {
        return "line " + (linesRead + 1) + ", column " + charsReadCurrentLine;
    }

    boolean nothingReadButEnd() {
        return charsReadTotal == 1;
    }

    /** What the current token read so far, control characters shown as {@code <U+001F>}. */
    String tokenString() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokenString.length(); i++) {
            char c = tokenString.charAt(i);
            if (c <= 0x1F) {
                out.append(String.format("<U+%04X>", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    // ---- reading -----------------------------------------------------------------------------------------

    private int get() {
        charsReadTotal++;
        charsReadCurrentLine++;
        if (nextUnget) {
            nextUnget = false;
        } else {
            current = next < input.length() ? input.charAt(next++) : EOF;
        }
        if (current != EOF) {
            tokenString.append((char) current);
        }
        if (current == '\n') {
            linesRead++;
            charsReadCurrentLine = 0;
        }
        return current;
    }

    private void unget() {
        nextUnget = true;
        charsReadTotal--;
        if (charsReadCurrentLine == 0) {
            if (linesRead > 0) {
                linesRead--;
            }
        } else {
            charsReadCurrentLine--;
        }
        if (current != EOF) {
            tokenString.setLength(tokenString.length() - 1);
        }
    }

    private void reset() {
        tokenBuffer.setLength(0);
        tokenString.setLength(0);
        tokenString.append((char) current);
    }

    private void add(int c) {
        tokenBuffer.append((char) c);
    }

    private Token error(String message) {
        errorMessage = message;
        return Token.PARSE_ERROR;
    }

    // ---- scanning ----------------------------------------------------------------------------------------

    Token scan() {
        if (charsReadTotal == 0 && !skipByteOrderMark()) {
            return error("invalid BOM; must be 0xEF 0xBB 0xBF if given");
        }
        do {
            get();
        } while (current == ' ' || current == '\t' || current == '\n' || current == '\r');
        return switch (current) {
            case '[' -> Token.BEGIN_ARRAY;
            case ']' -> Token.END_ARRAY;
            case '{' -> Token.BEGIN_OBJECT;
            case '}' -> Token.END_OBJECT;
            case ':' -> Token.NAME_SEPARATOR;
            case ',' -> Token.VALUE_SEPARATOR;
            case 't' -> literal("true", Token.TRUE);
            case 'f' -> literal("false", Token.FALSE);
            case 'n' -> literal("null", Token.NULL);
            case '"' -> string0();
            case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> number0();
            case 0, EOF -> Token.END_OF_INPUT;
            default -> error("invalid literal");
        };
    }

    private boolean skipByteOrderMark() {
        if (get() == 0xEF) {
            return get() == 0xBB && get() == 0xBF;
        }
        unget();
        return true;
    }

    private Token literal(String text, Token token) {
        for (int i = 1; i < text.length(); i++) {
            if (get() != text.charAt(i)) {
                return error("invalid literal");
            }
        }
        return token;
    }

    private int hex4() {
        int codepoint = 0;
        for (int shift = 12; shift >= 0; shift -= 4) {
            int c = get();
            int digit = c >= '0' && c <= '9' ? c - '0'
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (digit < 0) {
                return -1;
            }
            codepoint += digit << shift;
        }
        return codepoint;
    }

    private Token string0() {
        reset();
        while (true) {
            int c = get();
            if (c == EOF) {
                return error("invalid string: missing closing quote");
            }
            if (c == '"') {
                return Token.STRING;
            }
            if (c == '\\') {
                Token t = escape();
                if (t != null) {
                    return t;
                }
            } else if (c <= 0x1F) {
                String hex = String.format("%04X", c);
                String named = switch (c) {
                    case 0x08 -> " or \\b";
                    case 0x09 -> " or \\t";
                    case 0x0A -> " or \\n";
                    case 0x0C -> " or \\f";
                    case 0x0D -> " or \\r";
                    default -> "";
                };
                return error("invalid string: control character U+" + hex + " (" + CONTROL_NAMES[c]
                        + ") must be escaped to \\u" + hex + named);
            } else if (c <= 0x7F) {
                add(c);
            } else if (!multiByte(c)) {
                return Token.PARSE_ERROR;
            }
        }
    }

    /** A backslash escape; null when it was fine, else the error token. */
    private Token escape() {
        switch (get()) {
            case '"' -> add('"');
            case '\\' -> add('\\');
            case '/' -> add('/');
            case 'b' -> add('\b');
            case 'f' -> add('\f');
            case 'n' -> add('\n');
            case 'r' -> add('\r');
            case 't' -> add('\t');
            case 'u' -> {
                int cp1 = hex4();
                if (cp1 == -1) {
                    return error("invalid string: '\\u' must be followed by 4 hex digits");
                }
                int cp = cp1;
                if (cp1 >= 0xD800 && cp1 <= 0xDBFF) {
                    if (get() == '\\' && get() == 'u') {
                        int cp2 = hex4();
                        if (cp2 == -1) {
                            return error("invalid string: '\\u' must be followed by 4 hex digits");
                        }
                        if (cp2 < 0xDC00 || cp2 > 0xDFFF) {
                            return error("invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF");
                        }
                        cp = (cp1 << 10) + cp2 - 0x35FDC00;
                    } else {
                        return error("invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF");
                    }
                } else if (cp1 >= 0xDC00 && cp1 <= 0xDFFF) {
                    return error("invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF");
                }
                addUtf8(cp);
            }
            default -> {
                return error("invalid string: forbidden character after backslash");
            }
        }
        return null;
    }

    private void addUtf8(int cp) {
        if (cp < 0x80) {
            add(cp);
        } else if (cp <= 0x7FF) {
            add(0xC0 | (cp >> 6));
            add(0x80 | (cp & 0x3F));
        } else if (cp <= 0xFFFF) {
            add(0xE0 | (cp >> 12));
            add(0x80 | ((cp >> 6) & 0x3F));
            add(0x80 | (cp & 0x3F));
        } else {
            add(0xF0 | (cp >> 18));
            add(0x80 | ((cp >> 12) & 0x3F));
            add(0x80 | ((cp >> 6) & 0x3F));
            add(0x80 | (cp & 0x3F));
        }
    }

    /** A UTF-8 sequence starting with byte {@code c} (0x80 or above); false (with the error set) if ill-formed. */
    private boolean multiByte(int c) {
        int[] ranges;
        if (c >= 0xC2 && c <= 0xDF) {
            ranges = new int[] {0x80, 0xBF};
        } else if (c == 0xE0) {
            ranges = new int[] {0xA0, 0xBF, 0x80, 0xBF};
        } else if (c >= 0xE1 && c <= 0xEC || c == 0xEE || c == 0xEF) {
            ranges = new int[] {0x80, 0xBF, 0x80, 0xBF};
        } else if (c == 0xED) {
            ranges = new int[] {0x80, 0x9F, 0x80, 0xBF};
        } else if (c == 0xF0) {
            ranges = new int[] {0x90, 0xBF, 0x80, 0xBF, 0x80, 0xBF};
        } else if (c >= 0xF1 && c <= 0xF3) {
            ranges = new int[] {0x80, 0xBF, 0x80, 0xBF, 0x80, 0xBF};
        } else if (c == 0xF4) {
            ranges = new int[] {0x80, 0x8F, 0x80, 0xBF, 0x80, 0xBF};
        } else {
            error("invalid string: ill-formed UTF-8 byte");
            return false;
        }
        add(c);
        for (int i = 0; i < ranges.length; i += 2) {
            int b = get();
            if (b < ranges[i] || b > ranges[i + 1]) {
                error("invalid string: ill-formed UTF-8 byte");
                return false;
            }
            add(b);
        }
        return true;
    }

    // ---- numbers -----------------------------------------------------------------------------------------

    private static boolean digit(int c) {
        return c >= '0' && c <= '9';
    }

    private int digits() {
        int c;
        while (digit(c = get())) {
            add(c);
        }
        return c;
    }

    private Token number0() {
        reset();
        Token type = Token.UNSIGNED;
        int c = current;
        add(c);
        if (c == '-') {
            type = Token.INTEGER;
            c = get();
            if (!digit(c)) {
                return error("invalid number; expected digit after '-'");
            }
            add(c);
        }
        c = c == '0' ? get() : digits();
        if (c == '.') {
            type = Token.FLOAT;
            add(c);
            c = get();
            if (!digit(c)) {
                return error("invalid number; expected digit after '.'");
            }
            add(c);
            c = digits();
        }
        if (c == 'e' || c == 'E') {
            type = Token.FLOAT;
            add(c);
            c = get();
            if (c == '+' || c == '-') {
                add(c);
                c = get();
                if (!digit(c)) {
                    return error("invalid number; expected digit after exponent sign");
                }
            } else if (!digit(c)) {
                return error("invalid number; expected '+', '-', or digit after exponent");
            }
            add(c);
            digits();
        }
        unget();
        String text = tokenBuffer.toString();
        try {
            if (type == Token.UNSIGNED) {
                integerValue = Long.parseUnsignedLong(text);
                return type;
            }
            if (type == Token.INTEGER) {
                integerValue = Long.parseLong(text);
                return type;
            }
        } catch (NumberFormatException e) {
            // Out of range of a 64-bit integer: read as a float, as strtod would.
        }
        floatValue = Double.parseDouble(text);
        return Token.FLOAT;
    }
}
