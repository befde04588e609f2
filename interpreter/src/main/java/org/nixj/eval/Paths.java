package org.nixj.eval;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/** Path strings as Nix handles them: byte strings, canonical, absolute. */
public final class Paths {
    private Paths() {}

    /**
     * Nix's canonical form: absolute, without {@code .}, {@code ..} (never above the root), empty
     * components or a trailing slash.
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

    /** {@code baseNameOf}: the last component, ignoring one trailing slash. */
    public static String baseName(String path) {
        int end = path.length();
        if (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        int slash = path.lastIndexOf('/', end - 1);
        return path.substring(slash + 1, end);
    }

    /** {@code dirOf} of a path: everything before the last slash ({@code /} for top-level entries). */
    public static String dirName(String path) {
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
            return ".";
        }
        return slash == 0 ? "/" : path.substring(0, slash);
    }

    /** The file a Nix path (a byte string of UTF-8 file name bytes) names. */
    public static Path toFile(String bytePath) {
        return Path.of(ByteStrings.toText(bytePath));
    }

    /** A file name as a Nix byte string. */
    public static String fromFile(Path file) {
        return ByteStrings.fromText(file.toString());
    }
}
