package org.nixj.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;

/**
 * A Nix store: objects named by {@link StorePath}s under a logical {@link #directory()}, each valid once it is
 * completely written and registered with its NAR hash and references. Writers never expose a half-written
 * object: a path is either valid and complete or absent.
 */
public interface Store {
    /** The logical store directory ({@code /nix/store}) the paths are computed for. */
    StoreDirectory directory();

    /** Where nixj keeps its own files for this store (caches, locks, the registry), beside the objects. */
    Path stateDirectory();

    /** Where the object {@code path} is (or would be) on disk. */
    Path physical(StorePath path);

    /**
     * Where a logical file under the store directory is on disk ({@code /nix/store/<hash>-x/bin/y} gives the
     * object's file {@code bin/y}); empty for files outside the store directory. {@code logicalPath} is a byte
     * string, as the evaluator has paths (each char one byte of the file's name).
     */
    Optional<Path> physical(String logicalPath);

    /** Whether {@code path} is complete and registered. */
    boolean isValid(StorePath path);

    /** Every valid path of the store. */
    SortedSet<StorePath> validPaths() throws IOException;

    /** What the store records of {@code path}, if it is valid. */
    Optional<PathInfo> info(StorePath path);

    /** Adds a text object ({@code toFile}, a store derivation); its path depends on its bytes and references. */
    StorePath addText(String name, byte[] contents, Collection<StorePath> references) throws IOException;

    /**
     * The path {@code source} would get, without adding it: content-addressed by {@code method} (flat: the
     * file's bytes; NAR: the tree without what {@code filter} rejects) with {@code algorithm}. Asks the filter
     * once per entry.
     */
    Added computePath(String name, Path source, PathFilter filter, FileIngestionMethod method, HashAlgorithm algorithm)
            throws IOException;

    /** Adds {@code source} as {@link #computePath} computed it. */
    StorePath add(Path source, Added computed) throws IOException;

    /**
     * A fresh location for an object being built, on the same file system as the objects so that it can be
     * moved into place atomically. Nothing exists there yet; whoever asked creates it and either hands it to
     * {@link #addBuilt} or deletes it.
     */
    Path temporaryPath() throws IOException;

    /**
     * Registers the tree a builder wrote at {@code built} (a {@link #temporaryPath()}) as {@code path}, with
     * {@code references}: made read-only, moved into place and recorded with its NAR hash. If another writer
     * made {@code path} valid meanwhile, {@code built} is deleted and the valid object kept.
     */
    void addBuilt(StorePath path, Path built, Collection<StorePath> references) throws IOException;

    /**
     * A path computed for a file tree: the tree's content hash, a filter that replays the decisions made while
     * hashing (so that adding it asks nobody again) and, when it was computed on the way, the SHA-256 NAR hash
     * the registry records (else null).
     */
    record Added(StorePath path, Hash contentHash, PathFilter replay, Nar.HashedNar nar) {}

    /**
     * The closure of {@code roots}: the valid paths among them and every path they refer to, directly or not.
     *
     * @throws IOException when a path of the closure is not valid
     */
    default SortedSet<StorePath> closure(Collection<StorePath> roots) throws IOException {
        SortedSet<StorePath> closure = new TreeSet<>();
        Deque<StorePath> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            StorePath path = todo.pop();
            if (closure.add(path)) {
                PathInfo info = info(path).orElseThrow(
                        () -> new IOException("path '" + directory().print(path) + "' is not valid"));
                todo.addAll(info.references());
            }
        }
        return closure;
    }
}
