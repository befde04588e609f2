package org.nixj.store;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;

/**
 * Reads the ATerm form of a derivation ({@code Derive(...)}, as {@link ATerm} writes it) back into a
 * {@link Derivation}. Only the {@code Derive} form Nix writes for ordinary and fixed-output derivations is
 * accepted; anything else is a {@link BadDerivationException} saying where the text went wrong.
 */
public final class ATermParser {
    private final StoreDirectory store;
    private final String text;
    private int pos;

    private ATermParser(StoreDirectory store, String text) {
        this.store = store;
        this.text = text;
    }

    /** A derivation's text that cannot be read. */
    public static final class BadDerivationException extends RuntimeException {
        BadDerivationException(String message) {
            super(message, null, false, false);
        }
    }

    /** Parses the {@code .drv} text of the derivation called {@code name}. */
    public static Derivation parse(StoreDirectory store, String name, String text) {
        return new ATermParser(store, text).derivation(name);
    }

    private Derivation derivation(String name) {
        expect("Derive([");
        TreeMap<String, DerivationOutput> outputs = new TreeMap<>();
        while (!tryChar(']')) {
            expect("(");
            String output = string();
            expect(",");
            String path = string();
            expect(",");
            String algorithm = string();
            expect(",");
            String hash = string();
            expect(")");
            outputs.put(output, output(path, algorithm, hash));
            tryChar(',');
        }
        expect(",[");
        TreeMap<StorePath, SortedSet<String>> inputDrvs = new TreeMap<>();
        while (!tryChar(']')) {
            expect("(");
            StorePath drv = store.parse(string());
            expect(",");
            inputDrvs.put(drv, new TreeSet<>(strings()));
            expect(")");
            tryChar(',');
        }
        expect(",");
        TreeSet<StorePath> inputSrcs = new TreeSet<>();
        for (String src : strings()) {
            inputSrcs.add(store.parse(src));
        }
        expect(",");
        String platform = string();
        expect(",");
        String builder = string();
        expect(",");
        List<String> args = strings();
        expect(",[");
        TreeMap<String, String> env = new TreeMap<>();
        while (!tryChar(']')) {
            expect("(");
            String key = string();
            expect(",");
            env.put(key, string());
            expect(")");
            tryChar(',');
        }
        expect(")");
        if (pos != text.length()) {
            throw error("trailing text");
        }
        return new Derivation(name, outputs, inputDrvs, inputSrcs, platform, builder, args, env);
    }

    private DerivationOutput output(String path, String algorithm, String hash) {
        if (!algorithm.isEmpty()) {
            FileIngestionMethod method = FileIngestionMethod.FLAT;
            for (FileIngestionMethod m : FileIngestionMethod.values()) {
                if (!m.prefix().isEmpty() && algorithm.startsWith(m.prefix())) {
                    method = m;
                }
            }
            HashAlgorithm algo = HashAlgorithm.parse(algorithm.substring(method.prefix().length()));
            return new DerivationOutput.Fixed(new ContentAddress(method, Hash.parseNonSriUnprefixed(hash, algo)));
        }
        return path.isEmpty() ? new DerivationOutput.Deferred() : new DerivationOutput.InputAddressed(store.parse(path));
    }

    private List<String> strings() {
        expect("[");
        List<String> items = new ArrayList<>();
        while (!tryChar(']')) {
            items.add(string());
            tryChar(',');
        }
        return items;
    }

    private String string() {
        expect("\"");
        StringBuilder s = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return s.toString();
            }
            if (c == '\\') {
                if (pos >= text.length()) {
                    throw error("unterminated string");
                }
                char e = text.charAt(pos++);
                s.append(switch (e) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> e;
                });
            } else {
                s.append(c);
            }
        }
    }

    private boolean tryChar(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!text.startsWith(token, pos)) {
            throw error("expected '" + token + "'");
        }
        pos += token.length();
    }

    private BadDerivationException error(String what) {
        return new BadDerivationException("invalid derivation: " + what + " at offset " + pos);
    }
}
