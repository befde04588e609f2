package org.nixj.flake;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;
import org.nixj.store.hash.HashException;

/**
 * Reading an input's attributes (strings, Booleans and non-negative integers) as Nix's fetchers read them,
 * with their error messages, and writing them as JSON or URL query parameters.
 */
final class InputAttrs {
    private InputAttrs() {}

    static Optional<String> maybeString(Map<String, Object> attrs, String name) {
        Object value = attrs.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String s) {
            return Optional.of(s);
        }
        throw new FlakeException("input attribute '" + name + "' is not a string " + toJson(attrs));
    }

    static String string(Map<String, Object> attrs, String name) {
        return maybeString(attrs, name).orElseThrow(() -> missing(name));
    }

    static Optional<Long> maybeInt(Map<String, Object> attrs, String name) {
        Object value = attrs.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Long n) {
            return Optional.of(n);
        }
        throw new FlakeException("input attribute '" + name + "' is not an integer");
    }

    static Optional<Boolean> maybeBool(Map<String, Object> attrs, String name) {
        Object value = attrs.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        throw new FlakeException("input attribute '" + name + "' is not a Boolean");
    }

    static boolean bool(Map<String, Object> attrs, String name) {
        return maybeBool(attrs, name).orElse(false);
    }

    private static FlakeException missing(String name) {
        return new FlakeException("input attribute '" + name + "' is missing");
    }

    /** The {@code narHash}: SRI SHA-256 (an empty string is the all-zero hash). */
    static Optional<Hash> narHash(Map<String, Object> attrs) {
        return maybeString(attrs, "narHash").map(s -> {
            Hash hash = s.isEmpty() ? new Hash(HashAlgorithm.SHA256, new byte[32]) : hash(() -> Hash.parseSri(s));
            if (hash.algorithm() != HashAlgorithm.SHA256) {
                throw new FlakeException("narHash must use SHA-256");
            }
            return hash;
        });
    }

    /** The {@code rev}: a hash naming its algorithm, or else a SHA-1 hash in any encoding. */
    static Optional<Hash> rev(Map<String, Object> attrs) {
        return maybeString(attrs, "rev").map(s -> {
            try {
                return Hash.parseAnyPrefixed(s);
            } catch (HashException e) {
                return hash(() -> Hash.parseAny(s, HashAlgorithm.SHA1));
            }
        });
    }

    /** The rev as Git prints it: lower-case base-16. */
    static String gitRev(Hash hash) {
        return hash.format(org.nixj.store.hash.HashFormat.BASE16, false);
    }

    static String sri(Hash hash) {
        return hash.format(org.nixj.store.hash.HashFormat.SRI, true);
    }

    /** Checks that {@code text} is a SHA-1 hash in any encoding. */
    static void checkSha1(String text) {
        hash(() -> Hash.parseAny(text, HashAlgorithm.SHA1));
    }

    private interface HashParse {
        Hash parse();
    }

    private static Hash hash(HashParse parse) {
        try {
            return parse.parse();
        } catch (HashException e) {
            throw new FlakeException(e.getMessage());
        }
    }

    /** The attributes as URL query parameters: Booleans as {@code 1}/{@code 0}, integers in decimal. */
    static TreeMap<String, String> toQuery(Map<String, Object> attrs) {
        TreeMap<String, String> query = new TreeMap<>();
        attrs.forEach((name, value) -> query.put(name, value instanceof Boolean b ? (b ? "1" : "0") : String.valueOf(value)));
        return query;
    }

    /** The attributes as compact JSON with sorted keys, as Nix shows inputs in messages. */
    static String toJson(Map<String, Object> attrs) {
        StringBuilder s = new StringBuilder("{");
        new TreeMap<>(attrs).forEach((name, value) -> {
            if (s.length() > 1) {
                s.append(',');
            }
            appendJsonString(s, name);
            s.append(':');
            if (value instanceof String text) {
                appendJsonString(s, text);
            } else {
                s.append(value);
            }
        });
        return s.append('}').toString();
    }

    private static void appendJsonString(StringBuilder s, String text) {
        s.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\b' -> s.append("\\b");
                case '\f' -> s.append("\\f");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        s.append('"');
    }
}
