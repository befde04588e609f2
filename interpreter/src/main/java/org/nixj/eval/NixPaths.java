package org.nixj.eval;

import java.nio.file.Path;
import org.nixj.os.FileNames;

/**
 * Path strings as Nix handles them: byte strings, canonical ({@link org.nixj.source.CanonicalPaths}), absolute;
 * their base and directory names, and the files they name.
 */
public final class NixPaths {
    private NixPaths() {}

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

    /** The file a Nix path (a byte string of file-name bytes, UTF-8 or not) names, byte for byte. */
    public static Path toFile(String bytePath) {
        return FileNames.of(ByteStrings.bytes(bytePath));
    }

    /** A file name as a Nix byte string: its bytes exactly, whatever the locale. */
    public static String fromFile(Path file) {
        return ByteStrings.of(FileNames.bytes(file));
    }
}
