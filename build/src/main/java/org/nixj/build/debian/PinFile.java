package org.nixj.build.debian;

import java.util.List;
import java.util.SortedMap;

/**
 * Writes a resolved closure as a Nix file: one attribute set whose names are package names, sorted, each
 * <pre>
 * "bash" = {
 *   pname = "bash";
 *   version = "5.2.15-2+b7";                         # Debian's version, epoch included
 *   architecture = "amd64";
 *   filename = "pool/main/b/bash/bash_5.2.15-2+b7_amd64.deb";   # under the mirror
 *   url = "mirror://debian/pool/main/b/bash/bash_5.2.15-2+b7_amd64.deb";   # see DebianMirrors.url
 *   size = 1490652;                                   # of the .deb, in bytes
 *   sha256 = "0c1e…";                                 # of the .deb, base16 as Debian's lists print it
 *   description = "GNU Bourne Again SHell";
 *   dependencies = [ "base-files" "debianutils" "libc6" "libtinfo6" ];   # names in this file
 * };
 * </pre>
 * The SHA-256 is kept in base16 so that it can be compared with apt's lists by eye and by {@code grep}; Nix
 * accepts it as {@code outputHash} with {@code outputHashAlgo = "sha256"}. Same closure, same header: same bytes.
 */
public final class PinFile {
    private PinFile() {
    }

    /** The file's text: {@code header} lines as {@code #} comments, then the set. */
    public static String write(List<String> header, SortedMap<String, ClosureResolver.Resolved> closure) {
        StringBuilder out = new StringBuilder();
        for (String line : header) {
            out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
        }
        out.append("{\n");
        for (ClosureResolver.Resolved resolved : closure.values()) {
            DebianPackage pkg = resolved.pkg();
            out.append("  ").append(string(pkg.name())).append(" = {\n");
            field(out, "pname", string(pkg.name()));
            field(out, "version", string(pkg.version().text()));
            field(out, "architecture", string(pkg.architecture()));
            field(out, "filename", string(pkg.filename()));
            field(out, "url", string(DebianMirrors.url(pkg.filename())));
            field(out, "size", Long.toString(pkg.size()));
            field(out, "sha256", string(pkg.sha256()));
            field(out, "description", string(pkg.description()));
            StringBuilder list = new StringBuilder("[");
            for (String dependency : resolved.dependencies()) {
                list.append(' ').append(string(dependency));
            }
            field(out, "dependencies", list.append(resolved.dependencies().isEmpty() ? "]" : " ]").toString());
            out.append("  };\n");
        }
        return out.append("}\n").toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("    ").append(name).append(" = ").append(value).append(";\n");
    }

    /** A Nix string literal of {@code text}. */
    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"', '\\' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '$' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '{' ? "\\$" : "$");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
