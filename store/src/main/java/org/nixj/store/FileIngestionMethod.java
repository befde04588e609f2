package org.nixj.store;

/**
 * How the content of a content-addressed store object is hashed: its bytes ({@code flat}, a single file), its
 * NAR serialisation ({@code recursive}, any file tree) or as text with references ({@code text}, as
 * {@code toFile} and store derivations are).
 */
public enum FileIngestionMethod {
    FLAT("", "flat"),
    NIX_ARCHIVE("r:", "nar"),
    TEXT("text:", "text");

    private final String prefix;
    private final String modeName;

    FileIngestionMethod(String prefix, String modeName) {
        this.prefix = prefix;
        this.modeName = modeName;
    }

    /** The prefix before the algorithm in a derivation output's hash algorithm field: {@code "r:"} etc. */
    public String prefix() {
        return prefix;
    }

    /**
     * The method named by a derivation's {@code outputHashMode}: {@code flat}, {@code recursive} (or its
     * newer name {@code nar}) or {@code text}; null for anything else.
     */
    public static FileIngestionMethod parseMode(String mode) {
        if (mode.equals("recursive")) {
            return NIX_ARCHIVE;
        }
        for (FileIngestionMethod m : values()) {
            if (m.modeName.equals(mode)) {
                return m;
            }
        }
        return null;
    }
}
