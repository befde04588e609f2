package org.nixj.eval.serial;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * The TOML values that start like a number: integers (decimal, {@code 0x}, {@code 0o}, {@code 0b}, with
 * underscores between digits; anything outside 64 bits is an error), floats (with {@code inf} and
 * {@code nan}) and dates and times, which are recognised and kept as {@link TomlParser.DateTime}s.
 */
final class TomlNumbers {
    private static final String DIGITS = "[0-9](?:_?[0-9])*";
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:0|[1-9](?:_?[0-9])*)");
    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(?:0|[1-9](?:_?[0-9])*)(?:\\." + DIGITS + ")?(?:[eE][+-]?" + DIGITS + ")?");
    private static final Pattern HEX = Pattern.compile("0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*");
    private static final Pattern OCTAL = Pattern.compile("0o[0-7](?:_?[0-7])*");
    private static final Pattern BINARY = Pattern.compile("0b[01](?:_?[01])*");
    private static final String DATE = "[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])";
    private static final String TIME = "(?:[01][0-9]|2[0-3]):[0-5][0-9]:(?:[0-5][0-9]|60)(?:\\.[0-9]+)?";
    private static final Pattern DATE_TIME = Pattern.compile(
            DATE + "(?:[Tt ]" + TIME + "(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])?)?|" + TIME);
    private static final Pattern DATE_THEN_TIME = Pattern.compile(DATE + " [0-9]{2}:");

    private TomlNumbers() {}

    interface Errors {
        TomlParser.TomlError at(int position, String message);
    }

    record Scanned(Object value, int end) {}

    static Scanned scan(String in, int start, Errors errors) {
        int end = start;
        while (end < in.length() && tokenChar(in.charAt(end))) {
            end++;
        }
        // A date and a time may be separated by a space.
        if (DATE_THEN_TIME.matcher(in).region(start, Math.min(in.length(), end + 4)).lookingAt() && end - start == 10) {
            end++;
            while (end < in.length() && tokenChar(in.charAt(end))) {
                end++;
            }
        }
        String token = in.substring(start, end);
        return new Scanned(value(token, start, errors), end);
    }

    private static boolean tokenChar(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '+'
                || c == '-' || c == '.' || c == ':';
    }

    private static Object value(String t, int at, Errors errors) {
        switch (t) {
            case "inf", "+inf" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-inf" -> {
                return Double.NEGATIVE_INFINITY;
            }
            case "nan", "+nan" -> {
                return Double.NaN;
            }
            case "-nan" -> {
                return Double.longBitsToDouble(0xFFF8000000000000L);
            }
            default -> { }
        }
        if (DECIMAL.matcher(t).matches()) {
            return integer(t.replace("_", ""), 10, t, at, errors);
        }
        if (HEX.matcher(t).matches()) {
            return integer(t.substring(2).replace("_", ""), 16, t, at, errors);
        }
        if (OCTAL.matcher(t).matches()) {
            return integer(t.substring(2).replace("_", ""), 8, t, at, errors);
        }
        if (BINARY.matcher(t).matches()) {
            return integer(t.substring(2).replace("_", ""), 2, t, at, errors);
        }
        if (FLOAT.matcher(t).matches()) {
            return Double.parseDouble(t.replace("_", ""));
        }
        if (DATE_TIME.matcher(t).matches()) {
            return new TomlParser.DateTime(t);
        }
        throw errors.at(at, "invalid value '" + t + "'");
    }

    private static Long integer(String digits, int radix, String token, int at, Errors errors) {
        BigInteger n = new BigInteger(digits, radix);
        if (n.bitLength() > 63) {
            throw errors.at(at, "integer " + token + " does not fit in 64 bits");
        }
        return n.longValue();
    }
}
