package org.nixj.source;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Nix's canonical form of a path string ({@code canonPath}), the one implementation the parser (path literals)
 * and the evaluator (paths made at run time) share.
 */
public final class CanonicalPaths {
    private CanonicalPaths() {}

    /**
     * Nix's canonical form: absolute, without {@code .}, {@code ..} (never above the root), empty
     * components or a trailing slash. No symbolic link is followed.
     */
    public static String canonicalize(String path) {
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
