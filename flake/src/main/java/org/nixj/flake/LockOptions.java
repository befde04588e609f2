package org.nixj.flake;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How a flake is locked, as {@code nix}'s lock flags say.
 *
 * @param writeLockFile write {@code flake.lock} when it changed ({@code --no-write-lock-file} says no)
 * @param updateLockFile allow locking inputs the lock file lacks ({@code --no-update-lock-file} says no)
 * @param recreateLockFile ignore the lock file and lock everything anew ({@code --recreate-lock-file})
 * @param overrides inputs given on the command line ({@code --override-input a/b REF}), by input path
 * @param updates inputs to lock anew even if the lock file has them ({@code nix flake update a})
 * @param bundledNixpkgs the bundled nixpkgs-compatible library, which serves a {@code nixpkgs} input nixj
 *     cannot fetch; empty for none
 * @param acceptFlakeConfig trust every {@code nixConfig} setting of the flake ({@code --accept-flake-config})
 * @param registry the flake registries indirect references ({@code nixpkgs}, {@code flake:foo}) are looked up in
 */
public record LockOptions(boolean writeLockFile, boolean updateLockFile, boolean recreateLockFile,
                          Map<List<String>, FlakeRef> overrides, Set<List<String>> updates,
                          Optional<Supplier<Path>> bundledNixpkgs, FlakeRegistry registry,
                          boolean acceptFlakeConfig) {
    public LockOptions {
        overrides = Map.copyOf(overrides);
        updates = Set.copyOf(updates);
    }

    /** Nix's defaults: the lock file is updated and written; no overrides; no bundled library; no registry. */
    public static LockOptions defaults() {
        return new LockOptions(true, true, false, Map.of(), Set.of(), Optional.empty(), FlakeRegistry.empty(), false);
    }

    public LockOptions withWriteLockFile(boolean write) {
        return new LockOptions(write, updateLockFile, recreateLockFile, overrides, updates, bundledNixpkgs, registry, acceptFlakeConfig);
    }

    public LockOptions withUpdateLockFile(boolean update) {
        return new LockOptions(writeLockFile, update, recreateLockFile, overrides, updates, bundledNixpkgs, registry, acceptFlakeConfig);
    }

    public LockOptions withRecreateLockFile(boolean recreate) {
        return new LockOptions(writeLockFile, updateLockFile, recreate, overrides, updates, bundledNixpkgs, registry, acceptFlakeConfig);
    }

    public LockOptions withOverrides(Map<List<String>, FlakeRef> overrides) {
        return new LockOptions(writeLockFile, updateLockFile, recreateLockFile, overrides, updates, bundledNixpkgs, registry, acceptFlakeConfig);
    }

    public LockOptions withUpdates(Set<List<String>> updates) {
        return new LockOptions(writeLockFile, updateLockFile, recreateLockFile, overrides, updates, bundledNixpkgs, registry, acceptFlakeConfig);
    }

    public LockOptions withBundledNixpkgs(Supplier<Path> bundledNixpkgs) {
        return new LockOptions(writeLockFile, updateLockFile, recreateLockFile, overrides, updates, Optional.of(bundledNixpkgs), registry, acceptFlakeConfig);
    }

    public LockOptions withRegistry(FlakeRegistry registry) {
        return new LockOptions(writeLockFile, updateLockFile, recreateLockFile, overrides, updates, bundledNixpkgs, registry, acceptFlakeConfig);
    }

    public LockOptions withAcceptFlakeConfig(boolean accept) {
        return new LockOptions(writeLockFile, updateLockFile, recreateLockFile, overrides, updates, bundledNixpkgs, registry, accept);
    }
}
