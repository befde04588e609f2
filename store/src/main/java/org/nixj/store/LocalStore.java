package org.nixj.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.nixj.os.FileNames;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;
import org.nixj.store.hash.HashFormat;

/**
 * A store nixj writes to without root: logically {@link #directory()} ({@code /nix/store}), physically the
 * directory {@link #root()}, like Nix's chroot stores. An object {@code /nix/store/<hash>-<name>} lives at
 * {@code <root>/<hash>-<name>}; nixj's own files are under {@code <root>/.nixj}, a name no store path can
 * have.
 *
 * <p>A path is valid once its registry entry {@code .nixj/valid/<hash>-<name>} (NAR hash, NAR size,
 * references) exists. Objects are built under {@code .nixj/tmp}, then, holding the store lock (a file lock,
 * so two nixj processes take turns), renamed into place and registered, each step an atomic rename: a reader
 * never sees a half-written valid path, and an object without a registry entry (a writer died between the two
 * renames) is replaced by the next writer. The root is created on the first write.
 */
public final class LocalStore implements Store {
    /** Serialises writers within this JVM; the file lock serialises processes (it is held per JVM). */
    private static final Object JVM_LOCK = new Object();
    /** The kind of {@link OwnedTemporaries} under {@code .nixj/tmp}. */
    private static final String TEMPORARY_KIND = "tmp";

    private final StoreDirectory directory;
    private final Path root;

    public LocalStore(StoreDirectory directory, Path root) {
        this.directory = directory;
        this.root = root.toAbsolutePath();
    }

    @Override
    public StoreDirectory directory() {
        return directory;
    }

    public Path root() {
        return root;
    }

    @Override
    public Path stateDirectory() {
        return root.resolve(".nixj");
    }

    @Override
    public Path physical(StorePath path) {
        return root.resolve(path.toString());
    }

    @Override
    public Optional<Path> physical(String logicalPath) {
        String prefix = directory.path() + "/";
        if (!logicalPath.startsWith(prefix)) {
            return Optional.empty();
        }
        // A byte string, as the evaluator has paths: each char one byte of the name.
        byte[] name = logicalPath.substring(prefix.length()).getBytes(StandardCharsets.ISO_8859_1);
        return Optional.of(root.resolve(FileNames.of(name)));
    }

    @Override
    public boolean isValid(StorePath path) {
        return Files.exists(registryEntry(path));
    }

    @Override
    public java.util.SortedSet<StorePath> validPaths() throws IOException {
        Path valid = root.resolve(".nixj").resolve("valid");
        TreeSet<StorePath> paths = new TreeSet<>();
        if (Files.isDirectory(valid)) {
            try (Stream<Path> entries = Files.list(valid)) {
                entries.forEach(entry -> paths.add(StorePath.parseBaseName(entry.getFileName().toString())));
            }
        }
        return paths;
    }

    @Override
    public Optional<PathInfo> info(StorePath path) {
        Path entry = registryEntry(path);
        List<String> lines;
        try {
            lines = Files.readAllLines(entry, StandardCharsets.ISO_8859_1);
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Hash narHash = Hash.parseAnyPrefixed(field(lines, "narHash"));
        long narSize = Long.parseLong(field(lines, "narSize"));
        TreeSet<StorePath> references = new TreeSet<>();
        for (String ref : field(lines, "references").split(" ")) {
            if (!ref.isEmpty()) {
                references.add(StorePath.parseBaseName(ref));
            }
        }
        return Optional.of(new PathInfo(narHash, narSize, references));
    }

    private static String field(List<String> lines, String name) {
        for (String line : lines) {
            if (line.startsWith(name + ": ")) {
                return line.substring(name.length() + 2);
            }
        }
        return "";
    }

    /** The path of a text object ({@code toFile}, a store derivation): it depends on its bytes and references. */
    public StorePath textPath(String name, byte[] contents, Collection<StorePath> references) {
        return directory.makeTextPath(name, Hash.of(HashAlgorithm.SHA256, contents), references);
    }

    @Override
    public StorePath addText(String name, byte[] contents, Collection<StorePath> references) throws IOException {
        StorePath path = textPath(name, contents, references);
        if (isValid(path)) {
            return path;
        }
        Path temp = newTemporary();
        Files.write(temp, contents);
        commit(path, temp, references, null);
        return path;
    }

    @Override
    public Added computePath(String name, Path source, PathFilter filter, FileIngestionMethod method,
                             HashAlgorithm algorithm) throws IOException {
        Set<Path> accepted = new HashSet<>();
        PathFilter recording = (file, kind) -> {
            boolean keep = filter.accept(file, kind);
            if (keep) {
                accepted.add(file);
            }
            return keep;
        };
        Hash hash;
        Nar.HashedNar nar = null;
        switch (method) {
            case FLAT -> {
                if (FileKind.of(source) != FileKind.REGULAR) {
                    throw new IOException("file '" + source + "' is not a regular file");
                }
                hash = Nar.hashFile(source, algorithm);
            }
            case NIX_ARCHIVE -> {
                Nar.HashedNar hashed = Nar.hash(source, recording, algorithm);
                hash = hashed.hash();
                // The registry records SHA-256 NAR hashes: this one can be reused for the copy.
                nar = algorithm == HashAlgorithm.SHA256 ? hashed : null;
            }
            default -> throw new IllegalArgumentException("files are added flat or as NARs, not as text");
        }
        StorePath path = directory.makeFixedOutputPath(name, new ContentAddress(method, hash));
        return new Added(path, hash, method == FileIngestionMethod.FLAT ? PathFilter.ALL : (file, kind) -> accepted.contains(file), nar);
    }

    @Override
    public StorePath add(Path source, Added computed) throws IOException {
        if (isValid(computed.path())) {
            return computed.path();
        }
        Path temp = newTemporary();
        copy(source, temp, computed.replay());
        commit(computed.path(), temp, List.of(), computed.nar());
        return computed.path();
    }

    @Override
    public Path temporaryPath() throws IOException {
        return newTemporary();
    }

    @Override
    public void addBuilt(StorePath path, Path built, Collection<StorePath> references) throws IOException {
        if (!built.startsWith(root.resolve(".nixj").resolve("tmp"))) {
            throw new IllegalArgumentException("'" + built + "' is not a temporary path of this store");
        }
        commit(path, built, references, null);
    }

    /**
     * A fresh path under {@code .nixj/tmp}, named for this process: what a killed process left there is swept
     * the first time this process needs a temporary path in this store.
     */
    private Path newTemporary() throws IOException {
        Path tmp = root.resolve(".nixj").resolve("tmp");
        Files.createDirectories(tmp);
        OwnedTemporaries.sweepOnce(tmp, TEMPORARY_KIND);
        return tmp.resolve(OwnedTemporaries.prefix(TEMPORARY_KIND) + UUID.randomUUID());
    }

    private Path registryEntry(StorePath path) {
        return root.resolve(".nixj").resolve("valid").resolve(path.toString());
    }

    /**
     * Moves a finished object into place and registers it, unless another writer has done so already.
     *
     * @param knownNar the object's SHA-256 NAR hash if already known, else null
     */
    private void commit(StorePath path, Path temp, Collection<StorePath> references, Nar.HashedNar knownNar)
            throws IOException {
        makeReadOnly(temp);
        Nar.HashedNar nar = knownNar != null ? knownNar : Nar.hash(temp, HashAlgorithm.SHA256);
        Path lockFile = root.resolve(".nixj").resolve("lock");
        synchronized (JVM_LOCK) {
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                if (isValid(path)) {
                    deleteTree(temp);
                    return;
                }
                Path target = physical(path);
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(target);
                }
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                register(path, nar, references);
            }
        }
    }

    private void register(StorePath path, Nar.HashedNar nar, Collection<StorePath> references) throws IOException {
        StringBuilder refs = new StringBuilder();
        references.stream().sorted().forEach(r -> refs.append(refs.isEmpty() ? "" : " ").append(r));
        String entry = "narHash: " + nar.hash().format(HashFormat.NIX32, true) + "\nnarSize: " + nar.size()
                + "\nreferences: " + refs + "\n";
        Path valid = registryEntry(path);
        Files.createDirectories(valid.getParent());
        Path temp = newTemporary();
        Files.writeString(temp, entry, StandardCharsets.ISO_8859_1);
        Files.move(temp, valid, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Copies the tree at {@code from} to {@code to} (which must not exist), keeping what {@code filter} accepts. */
    private static void copy(Path from, Path to, PathFilter filter) throws IOException {
        switch (FileKind.of(from)) {
            case REGULAR -> {
                Files.copy(from, to);
                if (Files.isExecutable(from)) {
                    to.toFile().setExecutable(true);
                }
            }
            case SYMLINK -> Files.createSymbolicLink(to, Files.readSymbolicLink(from));
            case DIRECTORY -> {
                Files.createDirectory(to);
                List<Path> entries;
                try (Stream<Path> list = Files.list(from)) {
                    entries = list.toList();
                }
                for (Path entry : entries) {
                    if (filter.accept(entry, FileKind.of(entry))) {
                        copy(entry, to.resolve(entry.getFileName()), filter);
                    }
                }
            }
            case UNKNOWN -> throw new IOException("file '" + from + "' has an unsupported type");
        }
    }

    /** Store objects are read-only (directories stay writable so that a store can be deleted). */
    private static void makeReadOnly(Path tree) throws IOException {
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (FileKind.of(file) == FileKind.REGULAR) {
                    boolean executable = Files.isExecutable(file);
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(executable ? "r-xr-xr-x" : "r--r--r--"));
                }
            }
        }
    }

    private static void deleteTree(Path tree) throws IOException {
        OwnedTemporaries.deleteTree(tree);
    }
}
