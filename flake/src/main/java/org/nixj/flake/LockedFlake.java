package org.nixj.flake;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A flake with its inputs locked, ready to be evaluated.
 *
 * @param original the reference as given (indirect ones such as {@code nixpkgs} before the registries resolved them)
 * @param ref the reference it was loaded from: {@code original} resolved
 * @param description its {@code description}
 * @param storePath the flake's source in the store ({@code /nix/store/...-source})
 * @param rootLocked the root's own locked attributes (the lock file does not record them)
 * @param lock the lock graph, with the inputs the bundled library stands in for
 * @param standIns locked attributes of the bundled library, by the key of the node it stands in for
 * @param nixConfig the flake's {@code nixConfig} settings (see {@link NixConfig})
 */
public record LockedFlake(FlakeRef original, FlakeRef ref, Optional<String> description, String storePath, SortedMap<String, Object> rootLocked,
                          LockFile lock,
                          Map<String, SortedMap<String, Object>> standIns, Map<String, String> nixConfig) {
    public LockedFlake {
        standIns = Map.copyOf(standIns);
        nixConfig = new TreeMap<>(nixConfig);
    }

    /** The lock file as written: without the inputs the bundled library stands in for. */
    public LockFile lockFile() {
        return withoutStandIns(lock, standIns.keySet());
    }

    static LockFile withoutStandIns(LockFile lock, Set<String> standIns) {
        if (standIns.isEmpty()) {
            return lock;
        }
        Map<String, LockFile.Node> kept = new TreeMap<>();
        lock.nodes().forEach((key, node) -> {
            if (!standIns.contains(key)) {
                Map<String, LockFile.Edge> inputs = new TreeMap<>(node.inputs());
                inputs.values().removeIf(edge -> edge instanceof LockFile.NodeRef ref && standIns.contains(ref.key()));
                kept.put(key, node.withInputs(inputs));
            }
        });
        return new LockFile(lock.root(), kept);
    }

    /** The reference made exact: what {@code nix flake metadata} calls the locked URL. */
    public FlakeRef lockedRef() {
        return FlakeRef.fromAttrs(rootLocked);
    }
}
