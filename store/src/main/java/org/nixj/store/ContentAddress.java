package org.nixj.store;

import java.util.Objects;
import org.nixj.store.hash.Hash;

/**
 * What a content-addressed store object's path is computed from: the ingestion method and the hash of the
 * content under that method.
 */
public record ContentAddress(FileIngestionMethod method, Hash hash) {
    public ContentAddress {
        Objects.requireNonNull(method);
        Objects.requireNonNull(hash);
    }

    /** The method and algorithm as a derivation output records them: {@code r:sha256}, {@code sha1}. */
    public String methodAndAlgorithm() {
        return method.prefix() + hash.algorithm().nixName();
    }
}
