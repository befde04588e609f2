package org.nixj.parser;

import org.nixj.source.CanonicalPaths;

/** Turning path literals into the absolute paths Nix stores in the AST. */
final class PathLiterals {
    private PathLiterals() {}

    /**
     * A path literal made absolute against {@code baseDirectory} and canonicalised ({@code .}, {@code ..} and
     * repeated slashes removed, no symlinks followed). A trailing slash is kept: it only occurs before an
     * interpolation, as in {@code ./a/${b}}.
     */
    static String resolve(String literal, String baseDirectory) {
        String path = CanonicalPaths.canonicalize(literal.startsWith("/") ? literal : baseDirectory + "/" + literal);
        return literal.length() > 1 && literal.endsWith("/") && !path.equals("/") ? path + "/" : path;
    }

    /** {@code ~/a}: the home directory followed by the rest, as written. */
    static String resolveHome(String literal, String homeDirectory) {
        return homeDirectory + literal.substring(1);
    }
}
