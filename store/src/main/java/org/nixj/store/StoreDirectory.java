package org.nixj.store;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Objects;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;
import org.nixj.store.hash.HashFormat;
import org.nixj.store.hash.NixBase32;

/**
 * A store directory ({@code /nix/store} by default) and Nix's scheme for naming the objects in it. A path is
 * {@code <dir>/<hash>-<name>}, where the hash is the SHA-256 of a fingerprint
 * {@code <type>:sha256:<inner hash in base-16>:<dir>:<name>}, folded to 160 bits and written in Nix's base-32.
 * The type says what the inner hash is of: {@code source} and {@code text} objects (content-addressed, the
 * type listing their references), {@code output:<name>} for derivation outputs. The store directory is part
 * of every fingerprint, which is why the same expression gives other paths under another store directory.
 *
 * @param path the store directory, absolute and without a trailing slash
 */
public record StoreDirectory(String path) {
    /** The default store directory. */
    public static final StoreDirectory DEFAULT = new StoreDirectory("/nix/store");

    public StoreDirectory {
        Objects.requireNonNull(path);
    }

    /** The full path of {@code storePath}. */
    public String print(StorePath storePath) {
        return path + "/" + storePath.hashPart() + "-" + storePath.name();
    }

    /** Whether {@code fullPath} is directly inside this store directory and a valid store path. */
    public boolean isStorePath(String fullPath) {
        try {
            parse(fullPath);
            return true;
        } catch (BadStorePathException e) {
            return false;
        }
    }

    /** Parses a full store path ({@code /nix/store/<hash>-<name>}, nothing below it). */
    public StorePath parse(String fullPath) {
        int slash = fullPath.lastIndexOf('/');
        if (slash < 0 || !fullPath.substring(0, slash).equals(path)) {
            throw new BadStorePathException("path '" + fullPath + "' is not in the Nix store");
        }
        return StorePath.parseBaseName(fullPath.substring(slash + 1));
    }

    /**
     * The store path that {@code fullPath} is in or below ({@code /nix/store/<hash>-x/bin/y} gives
     * {@code <hash>-x}).
     */
    public StorePath storePathOf(String fullPath) {
        if (!fullPath.startsWith(path + "/")) {
            throw new BadStorePathException("path '" + fullPath + "' is not in the Nix store");
        }
        String rest = fullPath.substring(path.length() + 1);
        int slash = rest.indexOf('/');
        return StorePath.parseBaseName(slash < 0 ? rest : rest.substring(0, slash));
    }

    /** Nix's {@code makeStorePath}: the path for a fingerprint of {@code type}, {@code hash} and {@code name}. */
    public StorePath makeStorePath(String type, Hash hash, String name) {
        StorePath.checkName(name);
        String fingerprint = type + ":" + hash.format(HashFormat.BASE16, true) + ":" + path + ":" + name;
        Hash full = Hash.of(HashAlgorithm.SHA256, fingerprint.getBytes(StandardCharsets.ISO_8859_1));
        return new StorePath(NixBase32.encode(compress(full.bytes(), 20)), name);
    }

    /** XORs a digest down to {@code size} bytes, as Nix's {@code compressHash} does. */
    private static byte[] compress(byte[] bytes, int size) {
        byte[] out = new byte[size];
        for (int i = 0; i < bytes.length; i++) {
            out[i % size] ^= bytes[i];
        }
        return out;
    }

    /** A type listing references: {@code <type>:<ref>:<ref>...[:self]}. */
    private String typeWithReferences(String type, Collection<StorePath> references, boolean selfReference) {
        StringBuilder s = new StringBuilder(type);
        references.stream().sorted().forEach(r -> s.append(':').append(print(r)));
        if (selfReference) {
            s.append(":self");
        }
        return s.toString();
    }

    /** The path of a text object ({@code toFile}, store derivations): its SHA-256 and its references. */
    public StorePath makeTextPath(String name, Hash sha256, Collection<StorePath> references) {
        return makeStorePath(typeWithReferences("text", references, false), sha256, name);
    }

    /** The path of a content-addressed object without references. */
    public StorePath makeFixedOutputPath(String name, ContentAddress ca) {
        if (ca.method() == FileIngestionMethod.TEXT) {
            return makeTextPath(name, ca.hash(), java.util.List.of());
        }
        if (ca.method() == FileIngestionMethod.NIX_ARCHIVE && ca.hash().algorithm() == HashAlgorithm.SHA256) {
            return makeStorePath("source", ca.hash(), name);
        }
        String inner = "fixed:out:" + ca.method().prefix() + ca.hash().format(HashFormat.BASE16, true) + ":";
        return makeStorePath("output:out", Hash.of(HashAlgorithm.SHA256, inner.getBytes(StandardCharsets.ISO_8859_1)), name);
    }

    /** The path of output {@code output} of an input-addressed derivation whose hash modulo is {@code hash}. */
    public StorePath makeOutputPath(String output, Hash hash, String derivationName) {
        return makeStorePath("output:" + output, hash, outputPathName(derivationName, output));
    }

    /** The name of a derivation's output path: the derivation's name, then {@code -<output>} unless "out". */
    public static String outputPathName(String derivationName, String output) {
        return output.equals("out") ? derivationName : derivationName + "-" + output;
    }
}
