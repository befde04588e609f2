package org.nixj.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.nixj.os.FileNames;
import org.nixj.store.ContentAddress;
import org.nixj.store.FileIngestionMethod;
import org.nixj.store.Nar;
import org.nixj.store.OwnedTemporaries;
import org.nixj.store.PathFilter;
import org.nixj.store.PathInfo;
import org.nixj.store.Store;
import org.nixj.store.StorePath;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;
import org.nixj.store.hash.NixBase32;

/**
 * The fetchers, over one local store: files and tarballs by URL, Git trees, local directories, and trees that
 * must already be in the store. Downloads are remembered by URL in a {@link FetchCache} for
 * {@code tarballTtl} seconds (Nix's {@code tarball-ttl}), then revalidated with their ETag; a fetch with an
 * expected hash whose path is already valid fetches nothing, so pinned sources work offline.
 *
 * <p>Content is checked before it is added: a hash mismatch adds nothing to the store.
 */
public final class Fetchers {
    private final Store store;
    private final FetchCache cache;
    private final Downloader downloader;
    private final long tarballTtl;
    private final LongSupplier clock;
    private final Consumer<String> warnings;
    private final java.util.Set<Path> dirtyTreesWarned = new java.util.HashSet<>();

    /**
     * @param tarballTtl seconds a cached download is used without asking the server again
     * @param clock the current time in seconds since the epoch
     * @param warnings where warnings go (one line each, without {@code warning: })
     */
    public Fetchers(Store store, Downloader downloader, long tarballTtl, LongSupplier clock, Consumer<String> warnings) {
        this.store = store;
        this.cache = new FetchCache(store.stateDirectory().resolve("fetch-cache"));
        this.downloader = downloader;
        this.tarballTtl = tarballTtl;
        this.clock = clock;
        this.warnings = warnings;
    }

    // ---- files ---------------------------------------------------------------------------------------------

    /**
     * {@code fetchurl} and {@code fetchTree { type = "file"; }}: the file at {@code url}, added flat under
     * {@code name}. With an expected SHA-256 of the file ({@code expectedFlat}), a valid path for it is returned
     * without fetching; content with another hash, or another NAR hash than {@code expectedNar}, is a mismatch.
     */
    public StorePath fetchFile(String url, String name, Optional<Hash> expectedFlat, Optional<Hash> expectedNar) {
        Optional<StorePath> pinned = expectedFlat.map(h -> fixedPath(name, FileIngestionMethod.FLAT, h)).filter(store::isValid);
        if (pinned.isPresent()) {
            return pinned.get();
        }
        String key = "file\0" + url + "\0" + name;
        Optional<FetchCache.Entry> cached = validEntry(key);
        if (cached.isPresent() && fresh(cached.get())) {
            return checkedFile(url, cached.get(), expectedFlat, expectedNar);
        }
        return withTemporary(temp -> {
            Path file = temp.resolve("download");
            Downloader.Result result = downloader.download(url, cached.flatMap(e -> e.get("etag")), file);
            if (result instanceof Downloader.Result.NotModified) {
                cache.store(key, cached.get().facts(), clock.getAsLong());
                return checkedFile(url, cached.get(), expectedFlat, expectedNar);
            }
            if (expectedFlat.isPresent()) {
                checkHash(url, expectedFlat.get(), Nar.hashFile(file, HashAlgorithm.SHA256));
            }
            if (expectedNar.isPresent()) {
                checkHash(url, expectedNar.get(), Nar.hash(file, HashAlgorithm.SHA256).hash());
            }
            StorePath path = add(name, file, FileIngestionMethod.FLAT);
            Map<String, String> facts = new HashMap<>(Map.of("storePath", path.toString()));
            ((Downloader.Result.Downloaded) result).etag().ifPresent(tag -> facts.put("etag", tag));
            cache.store(key, facts, clock.getAsLong());
            return path;
        });
    }

    /** A cached download, checked against what is expected of it. */
    private StorePath checkedFile(String url, FetchCache.Entry entry, Optional<Hash> expectedFlat, Optional<Hash> expectedNar) {
        StorePath path = StorePath.parseBaseName(entry.get("storePath").orElseThrow());
        try {
            if (expectedFlat.isPresent()) {
                checkHash(url, expectedFlat.get(), Nar.hashFile(store.physical(path), HashAlgorithm.SHA256));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        expectedNar.ifPresent(h -> checkHash(url, h, info(path).narHash()));
        return path;
    }

    // ---- tarballs ------------------------------------------------------------------------------------------

    /**
     * {@code fetchTarball}: the archive at {@code url}, unpacked and added as a NAR under {@code name}. An
     * archive holding a single directory gives that directory, anything else the whole tree. With an expected
     * NAR hash, a valid path for it is returned without fetching.
     */
    public FetchedTree fetchTarball(String url, String name, Optional<Hash> expected) {
        String key = "tarball\0" + url;
        Optional<FetchCache.Entry> cached = validEntry(key);
        OptionalLong cachedTime = cached.flatMap(e -> e.get("lastModified")).map(s -> OptionalLong.of(Long.parseLong(s))).orElse(OptionalLong.empty());
        Optional<StorePath> pinned = expected.map(h -> fixedPath(name, FileIngestionMethod.NIX_ARCHIVE, h)).filter(store::isValid);
        if (pinned.isPresent()) {
            return FetchedTree.plain(pinned.get(), expected.get(), cachedTime);
        }
        if (cached.isPresent() && fresh(cached.get())) {
            return renamedTree(url, cached.get(), name, expected);
        }
        return withTemporary(temp -> {
            Path archive = temp.resolve("download");
            Downloader.Result result = downloader.download(url, cached.flatMap(e -> e.get("etag")), archive);
            if (result instanceof Downloader.Result.NotModified) {
                cache.store(key, cached.get().facts(), clock.getAsLong());
                return renamedTree(url, cached.get(), name, expected);
            }
            Path unpacked = temp.resolve("unpacked");
            Files.createDirectory(unpacked);
            long lastModified;
            try {
                lastModified = ArchiveUnpacker.unpack(archive, unpacked, url);
            } catch (IOException e) {
                throw new FetchException("cannot unpack archive '" + url + "': " + ArchiveUnpacker.reason(e), e);
            }
            Path top = topDirectory(unpacked);
            Hash narHash = Nar.hash(top, HashAlgorithm.SHA256).hash();
            expected.ifPresent(h -> checkHash(url, h, narHash));
            StorePath source = add("source", top, FileIngestionMethod.NIX_ARCHIVE);
            Map<String, String> facts = new HashMap<>(Map.of("storePath", source.toString(), "lastModified", Long.toString(lastModified)));
            ((Downloader.Result.Downloaded) result).etag().ifPresent(tag -> facts.put("etag", tag));
            cache.store(key, facts, clock.getAsLong());
            StorePath path = name.equals("source") ? source : add(name, top, FileIngestionMethod.NIX_ARCHIVE);
            return FetchedTree.plain(path, narHash, OptionalLong.of(lastModified));
        });
    }

    /** A cached unpacked tarball (kept as "source"), under {@code name}. */
    private FetchedTree renamedTree(String url, FetchCache.Entry entry, String name, Optional<Hash> expected) {
        StorePath source = StorePath.parseBaseName(entry.get("storePath").orElseThrow());
        Hash narHash = info(source).narHash();
        expected.ifPresent(h -> checkHash(url, h, narHash));
        StorePath path = name.equals("source") ? source : add(name, store.physical(source), FileIngestionMethod.NIX_ARCHIVE);
        return FetchedTree.plain(path, narHash, OptionalLong.of(Long.parseLong(entry.get("lastModified").orElseThrow())));
    }

    /** Nix strips the top directory of an archive that holds nothing else. */
    private static Path topDirectory(Path unpacked) throws IOException {
        try (Stream<Path> entries = Files.list(unpacked)) {
            List<Path> top = entries.toList();
            return top.size() == 1 && Files.isDirectory(top.getFirst(), LinkOption.NOFOLLOW_LINKS) ? top.getFirst() : unpacked;
        }
    }

    // ---- forges --------------------------------------------------------------------------------------------

    /**
     * A commit of a repository on a Git forge ({@code github:}, {@code gitlab:}, {@code sourcehut:} inputs),
     * fetched as the forge's archive of it: {@code rev}, or else the commit {@code ref} names now, asked of the
     * forge and remembered for the tarball TTL as Nix does. A tree the store already has under the expected NAR
     * hash is used without asking the forge anything.
     */
    FetchedTree fetchGitArchive(GitForge forge, String host, String owner, String repo, Optional<String> rev, String ref,
                                Optional<Hash> narHash) {
        if (rev.isPresent() && narHash.isPresent()) {
            Optional<FetchedTree> known = inStore("source", narHash.get());
            if (known.isPresent()) {
                return withRev(known.get(), rev.get());
            }
        }
        String commit = rev.orElseGet(() -> currentRevision(forge, host, owner, repo, ref));
        return withRev(fetchTarball(forge.archiveUrl(host, owner, repo, commit), "source", narHash), commit);
    }

    private String currentRevision(GitForge forge, String host, String owner, String repo, String ref) {
        String key = "forge-ref\0" + forge.type() + "\0" + host + "\0" + owner + "\0" + repo + "\0" + ref;
        Optional<FetchCache.Entry> cached = cache.lookup(key).filter(this::fresh);
        if (cached.isPresent() && cached.get().get("rev").isPresent()) {
            return cached.get().get("rev").get();
        }
        String rev = forge.revision(this::downloadText, host, owner, repo, ref);
        cache.store(key, new HashMap<>(Map.of("rev", rev)), clock.getAsLong());
        return rev;
    }

    private String downloadText(String url) {
        return withTemporary(temp -> {
            Path answer = temp.resolve("answer");
            downloader.download(url, Optional.empty(), answer);
            return Files.readString(answer, StandardCharsets.UTF_8);
        });
    }

    private static FetchedTree withRev(FetchedTree tree, String rev) {
        return new FetchedTree(tree.path(), tree.narHash(), tree.lastModified(), Optional.of(rev), OptionalLong.empty(),
                Optional.empty());
    }

    // ---- Git -----------------------------------------------------------------------------------------------

    /**
     * A Git tree: with neither {@code rev} nor {@code ref}, a local repository's working tree (its tracked
     * files) if it has uncommitted changes, else its {@code HEAD}; otherwise the commit asked for, fetched into
     * a cache repository first when the repository is not on this machine.
     */
    public FetchedTree fetchGit(GitRequest request) {
        Optional<Path> local = request.localDirectory();
        GitRepository repo = local.map(GitRepository::open).orElseGet(() -> cacheRepository(request));
        String rev;
        if (request.rev().isPresent()) {
            rev = request.rev().get();
            if (repo.commitOf(rev).filter(rev::equals).isEmpty()) {
                throw new FetchException("Cannot find Git revision '" + rev + "' in ref '" + request.ref().orElse("HEAD")
                        + "' of repository '" + request.url() + "'! Please make sure that the rev exists on the ref you've specified or add allRefs = true; to fetchGit.");
            }
        } else if (request.ref().isPresent()) {
            String refName = request.refName().orElseThrow();
            rev = repo.commitOf(refName).orElseThrow(() -> new FetchException("resolving Git reference '" + refName
                    + "': revspec '" + refName + "' not found"));
        } else if (local.isPresent() && repo.isDirty()) {
            return fetchWorkdir(repo, request);
        } else {
            rev = repo.head().orElseThrow(() -> new FetchException("Git repository '" + request.url() + "' has no commits"));
        }
        StorePath path = exportedCommit(repo, rev, request);
        OptionalLong revCount = request.shallow() ? OptionalLong.empty() : OptionalLong.of(repo.revCount(rev));
        return new FetchedTree(path, info(path).narHash(), OptionalLong.of(repo.commitTime(rev)), Optional.of(rev),
                revCount, Optional.empty());
    }

    private StorePath exportedCommit(GitRepository repo, String rev, GitRequest request) {
        String key = "git\0" + rev + "\0" + request.exportIgnore() + "\0" + request.name();
        Optional<FetchCache.Entry> cached = validEntry(key);
        if (cached.isPresent()) {
            return StorePath.parseBaseName(cached.get().get("storePath").orElseThrow());
        }
        StorePath path = withTemporary(temp -> {
            Path tree = temp.resolve("tree");
            repo.exportCommit(rev, tree, request.exportIgnore());
            return add(request.name(), tree, FileIngestionMethod.NIX_ARCHIVE);
        });
        cache.store(key, Map.of("storePath", path.toString()), clock.getAsLong());
        return path;
    }

    /**
     * The store path of a dirty working tree's files: added again only when their metadata changed since the
     * last time (a flake's tree is fetched on every evaluation while it is being edited).
     */
    private StorePath workdirPath(GitRepository repo, GitRequest request) {
        GitRepository.Workdir workdir;
        try {
            workdir = repo.workdir(request.exportIgnore());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TreeFingerprint fingerprint = TreeFingerprint.ofFiles(workdir.root(), workdir.files(), clock.getAsLong());
        String key = "git-workdir\0" + FileNames.text(workdir.root()) + "\0" + request.exportIgnore() + "\0" + request.name();
        return unlessUnchanged(key, fingerprint, () -> withTemporary(temp -> {
            Path tree = temp.resolve("tree");
            workdir.exportTo(tree);
            return add(request.name(), tree, FileIngestionMethod.NIX_ARCHIVE);
        }));
    }

    /**
     * The store path the fetch cache recorded under {@code key} for a tree with this {@code fingerprint}, if it
     * is still valid; else {@code add}'s, recorded with the fingerprint (when the tree has one).
     */
    private StorePath unlessUnchanged(String key, TreeFingerprint fingerprint, Supplier<StorePath> add) {
        if (fingerprint.hash().isPresent()) {
            Optional<FetchCache.Entry> cached = validEntry(key).filter(e -> e.get("fingerprint").equals(fingerprint.hash()));
            if (cached.isPresent()) {
                return StorePath.parseBaseName(cached.get().get("storePath").orElseThrow());
            }
        }
        StorePath path = add.get();
        fingerprint.hash().ifPresent(hash -> cache.store(key, Map.of("fingerprint", hash, "storePath", path.toString()),
                clock.getAsLong()));
        return path;
    }

    private FetchedTree fetchWorkdir(GitRepository repo, GitRequest request) {
        // Said once per tree: a flake's own tree is fetched to lock it and again to evaluate it.
        if (dirtyTreesWarned.add(repo.directory())) {
            // Warnings are byte strings, as the evaluator prints them: the folder's name as its bytes.
            String folder = new String(FileNames.bytes(repo.directory()), StandardCharsets.ISO_8859_1);
            warnings.accept("Git tree '" + folder + "' is dirty");
        }
        StorePath path = workdirPath(repo, request);
        Optional<String> head = repo.head();
        return new FetchedTree(path, info(path).narHash(), OptionalLong.of(head.map(repo::commitTime).orElse(0L)),
                Optional.empty(), OptionalLong.empty(), head.map(h -> h + "-dirty"));
    }

    /** A bare repository caching a remote one, brought up to date unless it already has the commit asked for. */
    private GitRepository cacheRepository(GitRequest request) {
        String id = NixBase32.encode(Hash.of(HashAlgorithm.SHA256, request.url().getBytes(StandardCharsets.UTF_8)).bytes());
        GitRepository repo = GitRepository.initBare(store.stateDirectory().resolve("git-cache").resolve(id));
        boolean haveRev = request.rev().flatMap(repo::commitOf).isPresent();
        if (!haveRev) {
            String refName = request.refName().orElse("HEAD");
            repo.fetch(request.url(), "+" + refName + ":" + refName);
        }
        return repo;
    }

    // ---- paths and the store -------------------------------------------------------------------------------

    /** {@code fetchTree { type = "path"; }}: the file or tree at {@code source}, added under {@code name}. */
    public FetchedTree fetchPath(Path source, String name) {
        if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
            throw new FetchException("path '" + source + "' does not exist");
        }
        // A tree whose metadata has not changed since it was last added is not read and hashed again.
        TreeFingerprint fingerprint = TreeFingerprint.of(source, clock.getAsLong());
        String key = "path\0" + source.toAbsolutePath() + "\0" + name;
        StorePath path = unlessUnchanged(key, fingerprint, () -> add(name, source, FileIngestionMethod.NIX_ARCHIVE));
        return FetchedTree.plain(path, info(path).narHash(), OptionalLong.of(fingerprint.latestModification()));
    }

    /** The tree named {@code name} with NAR hash {@code narHash}, if the store has it. */
    public Optional<FetchedTree> inStore(String name, Hash narHash) {
        StorePath path = fixedPath(name, FileIngestionMethod.NIX_ARCHIVE, narHash);
        return store.isValid(path) ? Optional.of(FetchedTree.plain(path, narHash, OptionalLong.empty())) : Optional.empty();
    }

    /** The NAR hash the store records for {@code path}. */
    public PathInfo info(StorePath path) {
        return store.info(path).orElseThrow(() -> new FetchException("path '" + store.directory().print(path) + "' is not valid"));
    }

    /** The latest modification time of {@code source} and everything below it, in seconds. */
    private static long latestModification(Path source) {
        try (Stream<Path> files = Files.walk(source)) {
            long latest = 0;
            for (Path file : (Iterable<Path>) files::iterator) {
                latest = Math.max(latest, Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toMillis() / 1000);
            }
            return latest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StorePath fixedPath(String name, FileIngestionMethod method, Hash hash) {
        return store.directory().makeFixedOutputPath(name, new ContentAddress(method, hash));
    }

    private StorePath add(String name, Path source, FileIngestionMethod method) {
        try {
            Store.Added added = store.computePath(name, source, PathFilter.ALL, method, HashAlgorithm.SHA256);
            return store.add(source, added);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkHash(String url, Hash expected, Hash got) {
        if (!expected.equals(got)) {
            throw new HashMismatchException(url, expected, got);
        }
    }

    /** A cache entry whose store path is still valid. */
    private Optional<FetchCache.Entry> validEntry(String key) {
        return cache.lookup(key).filter(e -> e.get("storePath").map(StorePath::parseBaseName).filter(store::isValid).isPresent());
    }

    private boolean fresh(FetchCache.Entry entry) {
        return clock.getAsLong() - entry.time() < tarballTtl;
    }

    private interface TempStep<T> {
        T run(Path temp) throws IOException;
    }

    /**
     * Runs {@code step} with a fresh temporary directory (named for this process), deleted afterwards, or by
     * the shutdown hook if the process is stopped meanwhile, or by a later run's sweep after {@code kill -9}.
     */
    private static <T> T withTemporary(TempStep<T> step) {
        Path temp = null;
        try {
            temp = OwnedTemporaries.createDirectory(Path.of(System.getProperty("java.io.tmpdir")), "nixj-fetch");
            return step.run(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    OwnedTemporaries.delete(temp);
                } catch (IOException e) {
                    // A temporary directory left behind is not worth failing the fetch for; a later run sweeps it.
                }
            }
        }
    }
}
