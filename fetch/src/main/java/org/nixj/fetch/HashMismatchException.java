package org.nixj.fetch;

import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashFormat;

/**
 * Fetched content whose hash is not the one expected. The message is {@code fetchurl}'s; callers that
 * report mismatches their own way ({@code fetchTree}'s narHash) read the two hashes.
 */
public final class HashMismatchException extends FetchException {
    private final Hash expected;
    private final Hash got;

    public HashMismatchException(String url, Hash expected, Hash got) {
        super("hash mismatch in file downloaded from '" + url + "':\n  specified: " + expected.format(HashFormat.NIX32, true)
                + "\n  got:       " + got.format(HashFormat.NIX32, true));
        this.expected = expected;
        this.got = got;
    }

    public Hash expected() {
        return expected;
    }

    public Hash got() {
        return got;
    }
}
