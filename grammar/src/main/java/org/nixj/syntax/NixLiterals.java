package org.nixj.syntax;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Set;

/**
 * How Nix writes literals back out: strings, identifiers and floats. Shared by the AST printer and,
 * later, the value printers, which use the same rules.
 */
public final class NixLiterals {
    private static final Set<String> KEYWORDS =
            Set.of("if", "then", "else", "assert", "with", "let", "in", "rec", "inherit");

    private NixLiterals() {}

    /**
     * A string literal: {@code "..."} with {@code "}, {@code \}, newline, CR and tab escaped, and {@code $}
     * escaped only where it starts <code>${</code>. Other bytes pass through.
     */
    public static void appendString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"', '\\' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '$' -> out.append(i + 1 < n && s.charAt(i + 1) == '{' ? "\\$" : "$");
                default -> out.append(c);
            }
        }
        out.append('"');
    }

    /** An attribute or variable name: bare when it is a plain identifier, else as a string literal. */
    public static void appendIdentifier(StringBuilder out, String name) {
        if (isPlainIdentifier(name)) {
            out.append(name);
        } else {
            appendString(out, name);
        }
    }

    /** Whether {@code name} can be written without quotes: an identifier that is not a keyword. */
    public static boolean isPlainIdentifier(String name) {
        if (name.isEmpty() || KEYWORDS.contains(name)) {
            return false;
        }
        char first = name.charAt(0);
        if (!(isLetter(first) || first == '_')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(isLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '\'' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * A float as C++'s {@code ostream << double} writes it (the {@code %g} format with 6 significant
     * digits): {@code 0.1}, {@code 100000}, {@code 1e+06}, {@code 1.23457e+06}, {@code 1e-05}, {@code inf}.
     */
    public static String formatFloat(double d) {
        if (Double.isNaN(d)) {
            return (Double.doubleToRawLongBits(d) < 0 ? "-" : "") + "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(d).round(new MathContext(6, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= 6) {
            String digits = rounded.unscaledValue().abs().toString();
            String mantissa = stripZeros(digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits);
            String sign = d < 0 ? "-" : "";
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "")
                    + Math.abs(exponent);
        }
        return stripZeros(rounded.toPlainString());
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }
}
