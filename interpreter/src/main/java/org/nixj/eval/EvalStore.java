package org.nixj.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.ContextElement;
import org.nixj.eval.value.NixPath;
import org.nixj.eval.value.StringContext;
import org.nixj.store.ATerm;
import org.nixj.store.ATermParser;
import org.nixj.store.BadStorePathException;
import org.nixj.store.Derivation;
import org.nixj.store.DerivationHashes;
import org.nixj.store.FileIngestionMethod;
import org.nixj.store.LocalStore;
import org.nixj.store.PathFilter;
import org.nixj.store.PathInfo;
import org.nixj.store.Store;
import org.nixj.store.StoreDirectory;
import org.nixj.store.StorePath;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;

/**
 * The store as one evaluation sees it: nixj's {@link LocalStore}, the derivations written so far (kept in
 * memory, so that hashing a derivation never re-reads its inputs' {@code .drv} files) and the paths already
 * copied into the store (Nix's {@code srcToStore}: interpolating the same file twice copies it once).
 *
 * <p>Text objects ({@code .drv} files, {@code toFile} texts) are computed in memory and written to the store
 * only when something reads them from disk ({@code builtins.readFile drv.drvPath}, {@code import (toFile
 * ...)}, a build): an evaluation that only prints paths, like {@code nix-instantiate --eval}, writes nothing
 * for them, and creating thousands of small files is slow. Until written, they count as valid. Sources copied
 * into the store ({@code "${./file}"}, {@code builtins.path}) are written at once.
 */
public final class EvalStore {
    private final StoreDirectory directory;
    private final Store local;
    private final Path root;
    private final Function<String, Path> outsideFiles;
    private final Map<StorePath, Derivation> derivations = new HashMap<>();
    private final DerivationHashes hashes;
    private final Map<String, StorePath> copiedSources = new HashMap<>();
    /** Text objects computed but not written yet, by path. */
    private final Map<StorePath, PendingText> pending = new HashMap<>();

    private record PendingText(String name, byte[] contents, SortedSet<StorePath> references) {}

    /**
     * @param storeDir the logical store directory paths are computed for
     * @param root where nixj's store keeps the objects on disk
     * @param outsideFiles the file a Nix path outside the store names
     */
    EvalStore(String storeDir, Path root, Function<String, Path> outsideFiles) {
        this.directory = new StoreDirectory(storeDir);
        this.root = root;
        this.local = new LocalStore(directory, root);
        this.outsideFiles = outsideFiles;
        this.hashes = new DerivationHashes(directory, this::readDerivation);
    }

    public StoreDirectory directory() {
        return directory;
    }

    /** The store on disk behind this evaluation's view of it. */
    public Store local() {
        return local;
    }

    /** Where the store keeps its objects on disk. */
    public Path root() {
        return root;
    }

    public DerivationHashes hashes() {
        return hashes;
    }

    /**
     * The file a path names on disk: store paths are found under the store's root. A text object not
     * written yet is written first, so that whoever asked can read it.
     */
    public Path file(String path) {
        Optional<Path> physical = local.physical(path);
        if (physical.isEmpty()) {
            return outsideFiles.apply(path);
        }
        if (!pending.isEmpty()) {
            try {
                write(directory.storePathOf(path));
            } catch (BadStorePathException e) {
                // the store directory itself, or a name no store path has: nothing of ours to write
            }
        }
        return physical.get();
    }

    /** Writes {@code path} if it is a pending text object, after the pending objects it refers to. */
    private void write(StorePath path) {
        PendingText text = pending.get(path);
        if (text == null) {
            return;
        }
        for (StorePath reference : text.references()) {
            write(reference);
        }
        storeCall(() -> local.addText(text.name(), text.contents(), text.references()));
        pending.remove(path);
    }

    /** Computes a text object's path and keeps it to be written when it is first read from disk. */
    private StorePath addPending(String name, byte[] contents, SortedSet<StorePath> references) {
        return addPending(name, contents, Hash.of(HashAlgorithm.SHA256, contents), references);
    }

    /** {@link #addPending(String, byte[], SortedSet)} when the SHA-256 of {@code contents} is known. */
    private StorePath addPending(String name, byte[] contents, Hash sha256, SortedSet<StorePath> references) {
        StorePath path = storeCall(() -> directory.makeTextPath(name, sha256, references));
        pending.putIfAbsent(path, new PendingText(name, contents, references));
        return path;
    }

    /** The full path of {@code path}. */
    public String print(StorePath path) {
        return directory.print(path);
    }

    /** Parses a full store path, failing with Nix's message. */
    public StorePath parse(String fullPath) {
        try {
            return directory.parse(fullPath);
        } catch (BadStorePathException e) {
            throw new EvalError(ErrorKind.EVAL, e.getMessage());
        }
    }

    /** Adds a derivation's {@code .drv} file (written when first read) and remembers the derivation. */
    public StorePath writeDerivation(Derivation drv) {
        byte[] text = ATerm.write(directory, drv).getBytes(StandardCharsets.ISO_8859_1);
        Hash textHash = Hash.of(HashAlgorithm.SHA256, text);
        StorePath path = addPending(drv.name() + StorePath.DRV_EXTENSION, text, textHash, drv.references());
        derivations.put(path, drv);
        hashes.written(path, drv, textHash);
        return path;
    }

    /**
     * The derivation stored at {@code drvPath}: one written in this evaluation, or else read from the
     * {@code .drv} file in nixj's store.
     */
    public Derivation readDerivation(StorePath drvPath) {
        Derivation drv = derivations.get(drvPath);
        if (drv != null) {
            return drv;
        }
        if (!local.isValid(drvPath)) {
            throw new EvalError(ErrorKind.EVAL, "path '" + print(drvPath) + "' is not valid");
        }
        try {
            String text = Files.readString(local.physical(drvPath), StandardCharsets.ISO_8859_1);
            String name = drvPath.name().substring(0, drvPath.name().length() - StorePath.DRV_EXTENSION.length());
            drv = ATermParser.parse(directory, name, text);
        } catch (IOException e) {
            throw new EvalError(ErrorKind.IO, "reading '" + print(drvPath) + "': " + SourceLoader.describe(e));
        } catch (ATermParser.BadDerivationException | BadStorePathException | org.nixj.store.hash.HashException e) {
            throw new EvalError(ErrorKind.EVAL, "reading '" + print(drvPath) + "': " + e.getMessage());
        }
        derivations.put(drvPath, drv);
        return drv;
    }

    /** The store paths {@code path} refers to. */
    public SortedSet<StorePath> references(StorePath path) {
        Derivation drv = derivations.get(path);
        if (drv != null) {
            return drv.references();
        }
        PendingText text = pending.get(path);
        if (text != null) {
            return text.references();
        }
        return local.info(path).map(PathInfo::references).orElseGet(TreeSet::new);
    }

    /**
     * The context of the contents of a file read from the store: the references of the store path it is in
     * that occur in {@code contents} (found by their hash parts, as Nix scans for references). Empty for files
     * outside the store or not valid in it.
     */
    public StringContext referencesIn(String path, String contents) {
        StorePath storePath;
        try {
            storePath = directory.storePathOf(path);
        } catch (BadStorePathException e) {
            return StringContext.EMPTY;
        }
        if (!isValid(storePath)) {
            return StringContext.EMPTY;
        }
        List<ContextElement> found = new ArrayList<>();
        for (StorePath ref : references(storePath)) {
            if (contents.contains(ref.hashPart())) {
                found.add(new ContextElement.Opaque(print(ref)));
            }
        }
        return StringContext.ofElements(found);
    }

    /** {@code path} and everything it refers to, directly or not. */
    public SortedSet<StorePath> closure(StorePath path) {
        TreeSet<StorePath> seen = new TreeSet<>();
        Deque<StorePath> todo = new ArrayDeque<>();
        todo.push(path);
        while (!todo.isEmpty()) {
            StorePath p = todo.pop();
            if (seen.add(p)) {
                references(p).forEach(todo::push);
            }
        }
        return seen;
    }

    /** Adds a text file ({@code toFile}), written when first read. */
    public StorePath addText(String name, String byteString, SortedSet<StorePath> references) {
        return addPending(name, byteString.getBytes(StandardCharsets.ISO_8859_1), references);
    }

    /** Interpolating a path: copies it (as a NAR, named by its base name) once per evaluation. */
    public StorePath copySource(String path) {
        StorePath known = copiedSources.get(path);
        if (known == null) {
            known = addPath(NixPaths.baseName(path), path, PathFilter.ALL, FileIngestionMethod.NIX_ARCHIVE,
                    HashAlgorithm.SHA256).path();
            copiedSources.put(path, known);
        }
        return known;
    }

    /** Adds the file or tree at {@code path} under {@code name}, content-addressed by {@code method}. */
    public Store.Added addPath(String name, String path, PathFilter filter, FileIngestionMethod method,
                                    HashAlgorithm algorithm) {
        Path source = file(path);
        try {
            Store.Added added = local.computePath(name, source, filter, method, algorithm);
            local.add(source, added);
            return added;
        } catch (BadStorePathException e) {
            throw new EvalError(ErrorKind.EVAL, e.getMessage());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new EvalError(ErrorKind.IO, "path '" + path + "' does not exist");
        } catch (IOException e) {
            throw new EvalError(ErrorKind.IO, "copying '" + path + "' to the store: " + SourceLoader.describe(e));
        }
    }

    /** Whether {@code path} is a valid path of nixj's store (added by this or an earlier evaluation). */
    public boolean isValid(StorePath path) {
        return derivations.containsKey(path) || pending.containsKey(path) || local.isValid(path);
    }

    private interface StoreStep<T> {
        T run() throws IOException;
    }

    /** Runs a store operation, turning bad names and failed writes into Nix-style errors. */
    private <T> T storeCall(StoreStep<T> step) {
        try {
            return step.run();
        } catch (BadStorePathException e) {
            throw new EvalError(ErrorKind.EVAL, e.getMessage());
        } catch (IOException e) {
            throw new EvalError(ErrorKind.IO, "cannot write to the store in '" + NixPaths.fromFile(root) + "': "
                    + SourceLoader.describe(e));
        }
    }

    /** Interpolating a path into a string: copies it to the store; the store path joins {@code context}. */
    String copyPathToStore(NixPath path, StringContext.Accumulator context) {
        // A copied .drv would pass for a store derivation.
        if (path.path().endsWith(StorePath.DRV_EXTENSION)) {
            throw new EvalError(ErrorKind.EVAL, "file names are not allowed to end in '" + StorePath.DRV_EXTENSION + "'");
        }
        String storePath = print(copySource(path.path()));
        context.add(StringContext.of(List.of(storePath)));
        return storePath;
    }
}
