package org.nixj.store.hash;

import java.util.Optional;
import java.util.function.Consumer;

/** The text formats of a hash, by the names {@code builtins.convertHash} and the {@code nix hash} commands use. */
public enum HashFormat {
    /** Lower-case hexadecimal. */
    BASE16("base16"),
    /** Nix's base-32 ({@link NixBase32}); {@code "base32"} is a deprecated alias of its name. */
    NIX32("nix32"),
    /** Standard base-64 with padding. */
    BASE64("base64"),
    /** Subresource Integrity: {@code <algorithm>-<base64>}. */
    SRI("sri");

    private final String nixName;

    HashFormat(String nixName) {
        this.nixName = nixName;
    }

    public String nixName() {
        return nixName;
    }

    /**
     * The format called {@code name}; the deprecated alias {@code "base32"} is accepted with Nix's warning,
     * which goes to {@code warnings}.
     */
    public static Optional<HashFormat> parseOptional(String name, Consumer<String> warnings) {
        if (name.equals("base32")) {
            warnings.accept("\"base32\" is a deprecated alias for hash format \"nix32\".");
            return Optional.of(NIX32);
        }
        for (HashFormat f : values()) {
            if (f.nixName.equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** As {@link #parseOptional}, failing with Nix's "unknown hash format" error. */
    public static HashFormat parse(String name, Consumer<String> warnings) {
        return parseOptional(name, warnings).orElseThrow(() -> new HashException("unknown hash format '" + name
                + "', expect 'base16', 'base32', 'base64', or 'sri'"));
    }
}
