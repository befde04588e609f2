package org.nixj.store.hash;

import java.io.OutputStream;
import java.security.MessageDigest;

/** An output stream that hashes and counts what is written to it, for hashing streamed data (NARs, files). */
public final class HashSink extends OutputStream {
    private final HashAlgorithm algorithm;
    private final MessageDigest digest;
    private long size;

    public HashSink(HashAlgorithm algorithm) {
        this.algorithm = algorithm;
        this.digest = algorithm.newDigest();
    }

    @Override
    public void write(int b) {
        digest.update((byte) b);
        size++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        digest.update(b, off, len);
        size += len;
    }

    /** The number of bytes written. */
    public long size() {
        return size;
    }

    /** The hash of what was written; the sink is reset. */
    public Hash finish() {
        return new Hash(algorithm, digest.digest());
    }
}
