package org.nixj.store;

import java.util.Objects;
import org.nixj.store.hash.NixBase32;

/**
 * A store path without its store directory: {@code <hash>-<name>}, the hash being 32 characters of Nix's
 * base-32 (160 bits). Comparable by its text, which is the order Nix sorts store paths in.
 *
 * @param hashPart the 32-character hash
 * @param name the name after the dash
 */
public record StorePath(String hashPart, String name) implements Comparable<StorePath> {
    /** The length of {@link #hashPart()}. */
    public static final int HASH_LENGTH = 32;
    /** The longest name Nix accepts. */
    public static final int MAX_NAME_LENGTH = 211;
    /** The extension of store derivations. */
    public static final String DRV_EXTENSION = ".drv";

    public StorePath {
        Objects.requireNonNull(hashPart);
        Objects.requireNonNull(name);
    }

    /** Parses {@code <hash>-<name>}, checking both parts as Nix does. */
    public static StorePath parseBaseName(String baseName) {
        if (baseName.length() < HASH_LENGTH + 1) {
            throw new BadStorePathException("'" + baseName + "' is too short to be a valid store path");
        }
        for (int i = 0; i < HASH_LENGTH; i++) {
            char c = baseName.charAt(i);
            if (NixBase32.ALPHABET.indexOf(c) < 0) {
                throw new BadStorePathException("store path '" + baseName + "' contains illegal base-32 character '" + c + "'");
            }
        }
        if (baseName.charAt(HASH_LENGTH) != '-') {
            throw new BadStorePathException("store path '" + baseName + "' lacks a '-' after its hash");
        }
        String name = baseName.substring(HASH_LENGTH + 1);
        try {
            checkName(name);
        } catch (BadStorePathException e) {
            throw new BadStorePathException("store path '" + baseName + "' has invalid name: " + e.getMessage());
        }
        return new StorePath(baseName.substring(0, HASH_LENGTH), name);
    }

    /**
     * Checks a store path name as Nix does: 1 to 211 characters of {@code [A-Za-z0-9+-._?=]}, and not
     * {@code .} or {@code ..}, alone or as the first dash-separated component.
     */
    public static void checkName(String name) {
        if (name.isEmpty()) {
            throw new BadStorePathException("name must not be empty");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new BadStorePathException("name '" + name + "' must be no longer than " + MAX_NAME_LENGTH + " characters");
        }
        for (String dots : new String[] {".", ".."}) {
            if (name.equals(dots)) {
                throw new BadStorePathException("name '" + name + "' is not valid");
            }
            if (name.startsWith(dots + "-")) {
                throw new BadStorePathException("name '" + name + "' is not valid: first dash-separated component must not be '"
                        + dots + "'");
            }
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isNameCharacter(c)) {
                throw new BadStorePathException("name '" + name + "' contains illegal character '" + c + "'");
            }
        }
    }

    private static boolean isNameCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "+-._?=".indexOf(c) >= 0;
    }

    /** Whether this is a store derivation ({@code .drv}). */
    public boolean isDerivation() {
        return name.endsWith(DRV_EXTENSION);
    }

    /** {@code <hash>-<name>}. */
    @Override
    public String toString() {
        return hashPart + "-" + name;
    }

    /** The order of {@link #toString()}, without building the strings (store paths are sorted a lot). */
    @Override
    public int compareTo(StorePath o) {
        if (hashPart.length() != o.hashPart.length()) {
            return toString().compareTo(o.toString());
        }
        int byHash = hashPart.compareTo(o.hashPart);
        return byHash != 0 ? byHash : name.compareTo(o.name);
    }
}
