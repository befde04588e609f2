package org.nixj.flake;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A flake with its inputs locked, ready to be evaluated.
 *
 * @param ref the reference it was loaded from
 * @param description its {@code description}
 * @param rootLocked the root's own locked attributes (the lock file does not record them)
 * @param lock the lock graph, with the inputs the bundled library stands in for
 * @param standIns locked attributes of the bundled library, by the key of the node it stands in for
 */
public record LockedFlake(FlakeRef ref, Optional<String> description, SortedMap<String, Object> rootLocked, LockFile lock,
                          Map<String, SortedMap<String, Object>> standIns) {
    public LockedFlake {
        standIns = Map.copyOf(standIns);
    }
}
