package org.nixj.parser;

import java.util.ArrayDeque;
import java.util.Deque;

/** Turning path literals into the absolute paths Nix stores in the AST. */
final class PathLiterals {
    private PathLiterals() {}

    /**
     * A path literal made absolute against {@code baseDirectory} and canonicalised ({@code .}, {@code ..} and
     * repeated slashes removed, no symlinks followed). A trailing slash is kept: it only occurs before an
     * interpolation, as in {@code ./a/${b}}.
     */
    static String resolve(String literal, String baseDirectory) {
        String path = canonical(literal.startsWith("/") ? literal : baseDirectory + "/" + literal);
        return literal.length() > 1 && literal.endsWith("/") && !path.equals("/") ? path + "/" : path;
    }

    /** {@code ~/a}: the home directory followed by the rest, as written. */
    static String resolveHome(String literal, String homeDirectory) {
        return homeDirectory + literal.substring(1);
    }

    private static String canonical(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? "/" : "/" + String.join("/", parts);
    }
}
