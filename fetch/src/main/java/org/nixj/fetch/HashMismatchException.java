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
        this(expected, got, "hash mismatch in file downloaded from '" + url + "':\n  specified: "
                + expected.format(HashFormat.NIX32, true) + "\n  got:       " + got.format(HashFormat.NIX32, true));
    }

    private HashMismatchException(Hash expected, Hash got, String message) {
        super(message);
        this.expected = expected;
        this.got = got;
    }

    /** A tree fetched for {@code input} whose NAR hash is not the one the input gives. */
    static HashMismatchException ofInput(FetchInput input, Hash expected, Hash got) {
        return new HashMismatchException(expected, got, "NAR hash mismatch in input '" + input + "', expected '"
                + expected.format(HashFormat.SRI, true) + "' but got '" + got.format(HashFormat.SRI, true) + "'");
    }

    public Hash expected() {
        return expected;
    }

    public Hash got() {
        return got;
    }
}
