package org.nixj.store.hash;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A digest and the algorithm that made it, with Nix's printing ({@link #format}) and parsing
 * ({@link #parseAny} and friends). Immutable: the byte array is copied in and out.
 */
public record Hash(HashAlgorithm algorithm, byte[] bytes) {
    private static final HexFormat HEX = HexFormat.of();

    public Hash {
        Objects.requireNonNull(algorithm);
        algorithm.requireEnabled();
        if (bytes.length != algorithm.size()) {
            throw new IllegalArgumentException(algorithm.nixName() + " digests have " + algorithm.size() + " bytes");
        }
        bytes = bytes.clone();
    }

    /** The hash of {@code data}. */
    public static Hash of(HashAlgorithm algorithm, byte[] data) {
        return new Hash(algorithm, algorithm.newDigest().digest(data));
    }

    /** The hash of a byte string (one char, 0-255, per byte), as nixj holds Nix strings. */
    public static Hash ofByteString(HashAlgorithm algorithm, String byteString) {
        return of(algorithm, byteString.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The hash in {@code format}, prefixed by {@code <algorithm>:} if asked (SRI always has its prefix). */
    public String format(HashFormat format, boolean includeAlgorithm) {
        StringBuilder s = new StringBuilder();
        if (format == HashFormat.SRI || includeAlgorithm) {
            s.append(algorithm.nixName()).append(format == HashFormat.SRI ? '-' : ':');
        }
        switch (format) {
            case BASE16 -> s.append(HEX.formatHex(bytes));
            case NIX32 -> s.append(NixBase32.encode(bytes));
            case BASE64, SRI -> s.append(java.util.Base64.getEncoder().encodeToString(bytes));
        }
        return s.toString();
    }

    /**
     * Parses a hash in any format: {@code <algo>:<body>} with the body in base-16, nix32 or base-64 (told
     * apart by length), SRI {@code <algo>-<base64>}, or a bare body when {@code algorithm} is given. When
     * both the text and {@code algorithm} name one, they must agree.
     *
     * @param algorithm the expected algorithm, or null
     */
    public static Hash parseAny(String text, HashAlgorithm algorithm) {
        Prefix p = Prefix.split(text);
        if (p.algorithm == null && algorithm == null) {
            throw new HashException("hash '" + p.rest + "' does not include a type, nor is the type otherwise known from context");
        }
        if (p.algorithm != null && algorithm != null && p.algorithm != algorithm) {
            throw new HashException("hash '" + text + "' should have type '" + algorithm.nixName() + "'");
        }
        return parseBody(p.rest, p.algorithm != null ? p.algorithm : algorithm, p.sri);
    }

    /** Parses a hash that must name its algorithm ({@code <algo>:<body>} or SRI). */
    public static Hash parseAnyPrefixed(String text) {
        Prefix p = Prefix.split(text);
        if (p.algorithm == null) {
            throw new HashException("hash '" + p.rest + "' does not include a type");
        }
        return parseBody(p.rest, p.algorithm, p.sri);
    }

    /** Parses an SRI hash, {@code <algo>-<base64>}. */
    public static Hash parseSri(String text) {
        int dash = text.indexOf('-');
        if (dash < 0) {
            throw new HashException("hash '" + text + "' is not SRI");
        }
        return parseBody(text.substring(dash + 1), HashAlgorithm.parse(text.substring(0, dash)), true);
    }

    /** Parses a bare base-16, nix32 or base-64 body of an {@code algorithm} hash. */
    public static Hash parseNonSriUnprefixed(String text, HashAlgorithm algorithm) {
        return parseBody(text, algorithm, false);
    }

    /** The optional {@code <algo>:} or {@code <algo>-} prefix of a hash text, as Nix splits it. */
    private record Prefix(HashAlgorithm algorithm, boolean sri, String rest) {
        static Prefix split(String text) {
            int colon = text.indexOf(':');
            if (colon >= 0) {
                return new Prefix(HashAlgorithm.parse(text.substring(0, colon)), false, text.substring(colon + 1));
            }
            int dash = text.indexOf('-');
            if (dash >= 0) {
                return new Prefix(HashAlgorithm.parse(text.substring(0, dash)), true, text.substring(dash + 1));
            }
            return new Prefix(null, false, text);
        }
    }

    private static Hash parseBody(String rest, HashAlgorithm algorithm, boolean sri) {
        algorithm.requireEnabled();
        int size = algorithm.size();
        if (!sri && rest.length() == algorithm.base16Length()) {
            return new Hash(algorithm, parseBase16(rest, size));
        }
        if (!sri && rest.length() == algorithm.nix32Length()) {
            try {
                return new Hash(algorithm, NixBase32.decode(rest, size));
            } catch (IllegalArgumentException e) {
                throw new HashException("invalid base-32 hash '" + rest + "'");
            }
        }
        if (sri || rest.length() == algorithm.base64Length()) {
            byte[] decoded = decodeBase64(rest);
            if (decoded == null || decoded.length != size) {
                throw new HashException("invalid " + (sri ? "SRI" : "base-64") + " hash '" + rest + "'");
            }
            return new Hash(algorithm, decoded);
        }
        throw new HashException("hash '" + rest + "' has wrong length for hash algorithm '" + algorithm.nixName() + "'");
    }

    private static byte[] parseBase16(String rest, int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            int high = hexValue(rest.charAt(2 * i));
            int low = hexValue(rest.charAt(2 * i + 1));
            if (high < 0 || low < 0) {
                throw new HashException("invalid base-16 hash '" + rest + "'");
            }
            bytes[i] = (byte) (high << 4 | low);
        }
        return bytes;
    }

    /** Nix accepts both cases of hexadecimal digits. */
    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /**
     * Base-64 as Nix decodes it: leniently, stopping at the first {@code =}, skipping newlines and dropping
     * left-over bits, so unpadded text is accepted. Null for a character outside the alphabet.
     */
    private static byte[] decodeBase64(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        byte[] out = new byte[text.length() * 3 / 4 + 3];
        int n = 0;
        int bits = 0;
        int acc = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '=') {
                break;
            }
            if (c == '\n') {
                continue;
            }
            int digit = alphabet.indexOf(c);
            if (digit < 0) {
                return null;
            }
            acc = (acc << 6 | digit) & 0xffffff;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[n++] = (byte) (acc >>> bits);
            }
        }
        return Arrays.copyOf(out, n);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hash h && h.algorithm == algorithm && Arrays.equals(h.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return algorithm.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    /** The SRI form, {@code sha256-...}. */
    @Override
    public String toString() {
        return format(HashFormat.SRI, true);
    }
}
