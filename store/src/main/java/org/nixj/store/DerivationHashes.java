package org.nixj.store;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;
import org.nixj.store.hash.HashFormat;

/**
 * Nix's {@code hashDerivationModulo}: the hash an input-addressed derivation's output paths are computed
 * from. It is the SHA-256 of the derivation's ATerm with every input derivation replaced by that input's own
 * hash modulo (recursively), so that derivations differing only in how a fixed-output input was obtained
 * (its URL, say) get the same output paths. A fixed-output derivation's hash is that of its expected content
 * and output path alone. Results are cached per {@code .drv} path.
 */
public final class DerivationHashes {
    private final StoreDirectory store;
    private final Function<StorePath, Derivation> reader;
    /** Hashes modulo by {@code .drv} path, in base-16: the form they take in the ATerm of their dependents. */
    private final Map<StorePath, String> cache = new HashMap<>();

    /** @param reader gives the derivation stored at a {@code .drv} path */
    public DerivationHashes(StoreDirectory store, Function<StorePath, Derivation> reader) {
        this.store = store;
        this.reader = reader;
    }

    /** The hash modulo of {@code drv}; with {@code maskOutputs}, its own output paths are left out. */
    public Hash hashModulo(Derivation drv, boolean maskOutputs) {
        if (drv.isFixedOutput()) {
            DerivationOutput.Fixed fixed = (DerivationOutput.Fixed) drv.outputs().get("out");
            String text = "fixed:out:" + fixed.ca().methodAndAlgorithm() + ":"
                    + fixed.ca().hash().format(HashFormat.BASE16, false) + ":" + store.print(drv.outputPath(store, "out"));
            return sha256(text);
        }
        TreeMap<String, SortedSet<String>> inputs = new TreeMap<>();
        drv.inputDrvs().forEach((path, outputs) -> inputs
                .computeIfAbsent(hashModuloBase16(path), k -> new TreeSet<>())
                .addAll(outputs));
        return sha256(ATerm.write(store, drv, maskOutputs, inputs));
    }

    /** The hash modulo of the derivation stored at {@code drvPath} (outputs not masked), in base-16. */
    private String hashModuloBase16(StorePath drvPath) {
        String known = cache.get(drvPath);
        if (known == null) {
            known = hashModulo(reader.apply(drvPath), false).format(HashFormat.BASE16, false);
            cache.put(drvPath, known);
        }
        return known;
    }

    /**
     * Notes a derivation just written as {@code drvPath}, whose {@code .drv} text has SHA-256 {@code textHash}.
     * For one without input derivations that is not fixed-output, the ATerm hashed modulo (outputs not
     * masked) is that very text, so its hash modulo is known without writing the ATerm again.
     */
    public void written(StorePath drvPath, Derivation drv, Hash textHash) {
        if (drv.inputDrvs().isEmpty() && !drv.isFixedOutput()) {
            cache.put(drvPath, textHash.format(HashFormat.BASE16, false));
        }
    }

    private static Hash sha256(String byteString) {
        return Hash.of(HashAlgorithm.SHA256, byteString.getBytes(StandardCharsets.ISO_8859_1));
    }
}
