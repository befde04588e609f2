package org.nixj.regex;

import java.util.List;
import java.util.Locale;

/**
 * Sets of bytes as four 64-bit words, and the pieces of a bracket expression as libstdc++ evaluates them
 * for {@code char} in the C locale: POSIX class names, collating-element names, equivalence classes
 * (primary equivalence is case-insensitivity there) and ranges, which compare bytes as C++'s signed
 * {@code char}, so {@code [a-é]} is an invalid range and {@code [\x80-\xff]} a valid one.
 */
final class ByteSets {
    private ByteSets() {}

    /** The names {@code [.name.]} and {@code [=name=]} accept, indexed by the character they denote. */
    private static final List<String> COLLATING_NAMES = List.of(
            "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "alert", "backspace", "tab", "newline",
            "vertical-tab", "form-feed", "carriage-return", "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK",
            "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "IS4", "IS3", "IS2", "IS1", "space", "exclamation-mark",
            "quotation-mark", "number-sign", "dollar-sign", "percent-sign", "ampersand", "apostrophe",
            "left-parenthesis", "right-parenthesis", "asterisk", "plus-sign", "comma", "hyphen", "period", "slash",
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "colon", "semicolon",
            "less-than-sign", "equals-sign", "greater-than-sign", "question-mark", "commercial-at",
            "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U",
            "V", "W", "X", "Y", "Z", "left-square-bracket", "backslash", "right-square-bracket", "circumflex",
            "underscore", "grave-accent",
            "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u",
            "v", "w", "x", "y", "z", "left-curly-bracket", "vertical-line", "right-curly-bracket", "tilde", "DEL");

    /** The character a collating-element name denotes, or -1. */
    static int collatingElement(String name) {
        return COLLATING_NAMES.indexOf(name);
    }

    /** The class a {@code [:name:]} denotes (names are case-insensitive, as in libstdc++), or null. */
    static CharClass charClass(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "d", "digit" -> CharClass.DIGIT;
            case "w" -> CharClass.WORD;
            case "s", "space" -> CharClass.SPACE;
            case "alnum" -> CharClass.ALNUM;
            case "alpha" -> CharClass.ALPHA;
            case "blank" -> CharClass.BLANK;
            case "cntrl" -> CharClass.CNTRL;
            case "graph" -> CharClass.GRAPH;
            case "lower" -> CharClass.LOWER;
            case "print" -> CharClass.PRINT;
            case "punct" -> CharClass.PUNCT;
            case "upper" -> CharClass.UPPER;
            case "xdigit" -> CharClass.XDIGIT;
            default -> null;
        };
    }

    /** The character classes of the C locale, where no byte above 127 belongs to any. */
    enum CharClass {
        DIGIT, WORD, SPACE, ALNUM, ALPHA, BLANK, CNTRL, GRAPH, LOWER, PRINT, PUNCT, UPPER, XDIGIT;

        boolean contains(int b) {
            return switch (this) {
                case DIGIT -> b >= '0' && b <= '9';
                case WORD -> ALNUM.contains(b) || b == '_';
                case SPACE -> b == ' ' || (b >= '\t' && b <= '\r');
                case ALNUM -> ALPHA.contains(b) || DIGIT.contains(b);
                case ALPHA -> UPPER.contains(b) || LOWER.contains(b);
                case BLANK -> b == ' ' || b == '\t';
                case CNTRL -> b < 32 || b == 127;
                case GRAPH -> b > 32 && b < 127;
                case LOWER -> b >= 'a' && b <= 'z';
                case PRINT -> b >= 32 && b < 127;
                case PUNCT -> GRAPH.contains(b) && !ALNUM.contains(b);
                case UPPER -> b >= 'A' && b <= 'Z';
                case XDIGIT -> DIGIT.contains(b) || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
            };
        }
    }

    static long[] empty() {
        return new long[4];
    }

    static void add(long[] set, int b) {
        set[b >>> 6] |= 1L << b;
    }

    static boolean contains(long[] set, int c) {
        return c < 256 && (set[c >>> 6] & (1L << c)) != 0;
    }

    /** The byte {@code c} alone. */
    static long[] single(int c) {
        long[] set = empty();
        add(set, c);
        return set;
    }

    /** What POSIX-mode {@code .} matches in libstdc++: every byte but NUL, newline included. */
    static long[] anyButNul() {
        long[] set = {-1L, -1L, -1L, -1L};
        set[0] &= ~1L;
        return set;
    }

    /** The byte as C++'s signed {@code char} sees it, for range comparisons. */
    static int signed(int b) {
        return (byte) b;
    }

    /** ASCII-only lower case, as {@code tolower} in the C locale. */
    static int toLower(int b) {
        return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
    }
}
