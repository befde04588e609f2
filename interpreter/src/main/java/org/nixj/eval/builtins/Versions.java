package org.nixj.eval.builtins;

import java.util.ArrayList;
import java.util.List;

/**
 * Nix's version strings (libstore {@code names.cc}), as {@code nix-env -u}, {@code compareVersions},
 * {@code splitVersion} and {@code parseDrvName} use them.
 *
 * <p>A version is a sequence of components separated by {@code .} and {@code -}; a component is a run of
 * digits or a run of other characters, so {@code "1.2pre3"} is {@code 1 2 pre 3}. Components compare as
 * numbers when both are numbers that fit in a C {@code int}; a larger run of digits is compared as a word,
 * as in Nix. Otherwise {@code ""} (a missing component) sorts below a number, {@code "pre"} below
 * everything else, a word below a number ({@code 2.3a < 2.3.1}) and words compare by bytes.
 */
public final class Versions {
    private Versions() {}

    /** -1, 0 or 1 as {@code v1} is older than, the same as, or newer than {@code v2}. */
    public static int compare(String v1, String v2) {
        int[] p1 = {0};
        int[] p2 = {0};
        while (p1[0] < v1.length() || p2[0] < v2.length()) {
            String c1 = nextComponent(v1, p1);
            String c2 = nextComponent(v2, p2);
            if (componentLess(c1, c2)) {
                return -1;
            }
            if (componentLess(c2, c1)) {
                return 1;
            }
        }
        return 0;
    }

    /** The components of {@code version}, as {@code builtins.splitVersion} lists them. */
    public static List<String> split(String version) {
        List<String> components = new ArrayList<>();
        int[] p = {0};
        while (p[0] < version.length()) {
            String c = nextComponent(version, p);
            if (c.isEmpty()) {
                break;
            }
            components.add(c);
        }
        return components;
    }

    /**
     * {@code parseDrvName}: the name is everything before the first dash that is not followed by an ASCII
     * letter, the version everything after it ({@code ""} if there is no such dash).
     *
     * @return the name and the version
     */
    public static String[] parseDrvName(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            if (s.charAt(i) == '-' && !isAsciiLetter(s.charAt(i + 1))) {
                return new String[] {s.substring(0, i), s.substring(i + 1)};
            }
        }
        return new String[] {s, ""};
    }

    /** The component starting at or after {@code pos[0]} (skipping separators); advances {@code pos[0]}. */
    static String nextComponent(String s, int[] pos) {
        int p = pos[0];
        while (p < s.length() && isSeparator(s.charAt(p))) {
            p++;
        }
        int start = p;
        if (p < s.length()) {
            if (isDigit(s.charAt(p))) {
                while (p < s.length() && isDigit(s.charAt(p))) {
                    p++;
                }
            } else {
                while (p < s.length() && !isDigit(s.charAt(p)) && !isSeparator(s.charAt(p))) {
                    p++;
                }
            }
        }
        pos[0] = p;
        return s.substring(start, p);
    }

    private static boolean componentLess(String c1, String c2) {
        Integer n1 = asInt(c1);
        Integer n2 = asInt(c2);
        if (n1 != null && n2 != null) {
            return n1 < n2;
        }
        if (c1.isEmpty() && n2 != null) {
            return true;
        }
        if (c1.equals("pre") && !c2.equals("pre")) {
            return true;
        }
        if (c2.equals("pre")) {
            return false;
        }
        if (n2 != null) {
            return true;
        }
        if (n1 != null) {
            return false;
        }
        return c1.compareTo(c2) < 0;
    }

    /** The component as a number, if it is all digits and fits in an {@code int} (Nix's string2Int). */
    private static Integer asInt(String c) {
        if (c.isEmpty() || !isDigit(c.charAt(0))) {
            return null;
        }
        long n = 0;
        for (int i = 0; i < c.length(); i++) {
            n = n * 10 + (c.charAt(i) - '0');
            if (n > Integer.MAX_VALUE) {
                return null;
            }
        }
        return (int) n;
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == '-';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
