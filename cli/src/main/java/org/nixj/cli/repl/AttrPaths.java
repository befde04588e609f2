package org.nixj.cli.repl;

import java.util.ArrayList;
import java.util.List;
import org.nixj.eval.ByteStrings;
import org.nixj.syntax.NixLiterals;

/** Attribute paths as users type them: {@code a.b."c.d"}, and names written back as Nix needs them. */
final class AttrPaths {
    private AttrPaths() {}

    /** The names of {@code path} (as byte strings), quoted parts unquoted; an unfinished quote runs to the end. */
    static List<String> split(String path) {
        List<String> names = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (quoted && c == '\\' && i + 1 < path.length()) {
                current.append(unescape(path.charAt(++i)));
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                names.add(ByteStrings.fromText(current.toString()));
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        names.add(ByteStrings.fromText(current.toString()));
        return names;
    }

    private static char unescape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            default -> c;
        };
    }

    /** {@code name} (a byte string) as it must be written after a dot: plain, or quoted when it must be or {@code quote} asks. */
    static String written(String name, boolean quote) {
        if (!quote && ReplSession.isVariableName(name)) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        NixLiterals.appendString(out, name);
        return out.toString();
    }
}
