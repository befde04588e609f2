package org.nixj.store.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The hash algorithms Nix knows, by the names Nix gives them. BLAKE3 is recognised by name, as in Nix, but
 * needs Nix's experimental {@code blake3-hashes} feature, which nixj does not offer: using it is the error
 * Nix gives when that feature is disabled.
 */
public enum HashAlgorithm {
    MD5("md5", 16, "MD5"),
    SHA1("sha1", 20, "SHA-1"),
    SHA256("sha256", 32, "SHA-256"),
    SHA512("sha512", 64, "SHA-512"),
    BLAKE3("blake3", 32, null);

    private final String nixName;
    private final int size;
    private final String jcaName;

    HashAlgorithm(String nixName, int size, String jcaName) {
        this.nixName = nixName;
        this.size = size;
        this.jcaName = jcaName;
    }

    /** The name as Nix prints it: {@code "sha256"}. */
    public String nixName() {
        return nixName;
    }

    /** The digest size in bytes. */
    public int size() {
        return size;
    }

    /** The algorithm called {@code name}, if Nix knows one by that name. */
    public static Optional<HashAlgorithm> parseOptional(String name) {
        for (HashAlgorithm a : values()) {
            if (a.nixName.equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The algorithm called {@code name}, or Nix's "unknown hash algorithm" error. */
    public static HashAlgorithm parse(String name) {
        return parseOptional(name).orElseThrow(() -> new HashException("unknown hash algorithm '" + name
                + "', expect 'blake3', 'md5', 'sha1', 'sha256', or 'sha512'"));
    }

    /** Fails as Nix does when an algorithm behind a disabled experimental feature is used. */
    void requireEnabled() {
        if (jcaName == null) {
            throw new HashException("experimental Nix feature 'blake3-hashes' is disabled; add "
                    + "'--extra-experimental-features blake3-hashes' to enable it");
        }
    }

    /** A fresh digest for this algorithm. */
    MessageDigest newDigest() {
        requireEnabled();
        try {
            return MessageDigest.getInstance(jcaName);
        } catch (NoSuchAlgorithmException e) {
            // Every Java runtime must provide MD5, SHA-1, SHA-256 and SHA-512.
            throw new IllegalStateException(e);
        }
    }

    /** The length of a digest of this algorithm in base-16. */
    public int base16Length() {
        return size * 2;
    }

    /** The length of a digest of this algorithm in Nix's base-32. */
    public int nix32Length() {
        return NixBase32.encodedLength(size);
    }

    /** The length of a digest of this algorithm in padded base-64. */
    public int base64Length() {
        return (size + 2) / 3 * 4;
    }
}
