package org.nixj.store;

import java.util.SortedSet;
import org.nixj.store.hash.Hash;

/**
 * What the store records about a valid path: the SHA-256 of its NAR, the NAR's size and the store paths it
 * refers to.
 */
public record PathInfo(Hash narHash, long narSize, SortedSet<StorePath> references) {
    public PathInfo {
        references = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(references));
    }
}
