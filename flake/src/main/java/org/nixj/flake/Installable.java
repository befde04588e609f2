package org.nixj.flake;

import java.util.List;
import java.util.Optional;

/**
 * What {@code nix eval} and {@code nix build} take: a flake reference and, after {@code #}, an attribute path
 * ({@code .#rescue}, {@code github:o/r#packages.x86_64-linux.default}, {@code .#"a.b"}).
 *
 * @param flakeRef the reference before {@code #} ({@code .} when the installable starts with {@code #})
 * @param fragment the attribute path after {@code #}, if there is one
 */
public record Installable(String flakeRef, Optional<String> fragment) {
    /** Splits {@code text} at its first {@code #}. */
    public static Installable parse(String text) {
        int hash = text.indexOf('#');
        if (hash < 0) {
            return new Installable(text, Optional.empty());
        }
        String ref = text.substring(0, hash);
        return new Installable(ref.isEmpty() ? "." : ref, Optional.of(text.substring(hash + 1)));
    }

    /**
     * The attribute paths tried in the flake's outputs, in Nix's order: for {@code nix eval} and
     * {@code nix build}, {@code packages.<system>.X}, {@code legacyPackages.<system>.X}, then {@code X}; without
     * a fragment, the default package. A fragment starting with {@code .} is a path from the outputs' top.
     */
    public List<String> attrPathCandidates(String system) {
        if (fragment.isEmpty() || fragment.get().isEmpty()) {
            return List.of("packages." + system + ".default", "defaultPackage." + system);
        }
        String path = fragment.get();
        if (path.startsWith(".")) {
            return List.of(path.substring(1));
        }
        return List.of("packages." + system + "." + path, "legacyPackages." + system + "." + path, path);
    }
}
