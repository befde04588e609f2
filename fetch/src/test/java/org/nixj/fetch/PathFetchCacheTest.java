package org.nixj.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.store.LocalStore;
import org.nixj.store.StoreDirectory;

/** Path fetches remember a tree by its metadata, and notice every change to it. */
class PathFetchCacheTest {
    @TempDir
    Path dir;

    private final AtomicLong now = new AtomicLong();
    private LocalStore store;
    private Path tree;

    @BeforeEach
    void setUp() throws IOException {
        store = new LocalStore(StoreDirectory.DEFAULT, dir.resolve("store"));
        tree = dir.resolve("tree");
        Files.createDirectories(tree.resolve("sub"));
        Files.writeString(tree.resolve("flake.nix"), "{ outputs = _: { }; }\n");
        Files.writeString(tree.resolve("sub/data"), "abc\n");
        // Long after the files were written: the tree is not racy.
        now.set(System.currentTimeMillis() / 1000 + 60);
    }

    private Fetchers fetchers() {
        return new Fetchers(store, Downloader.standard(), 3600, now::get, warning -> {});
    }

    private long cacheEntries() throws IOException {
        Path cache = store.stateDirectory().resolve("fetch-cache");
        if (!Files.isDirectory(cache)) {
            return 0;
        }
        try (Stream<Path> entries = Files.list(cache)) {
            return entries.count();
        }
    }

    @Test
    void anUnchangedTreeGivesTheSameResultFromTheCache() throws IOException {
        FetchedTree first = fetchers().fetchPath(tree, "source");
        assertEquals(1, cacheEntries(), "the fetch is remembered");
        FetchedTree second = fetchers().fetchPath(tree, "source");
        assertEquals(first, second);
    }

    @Test
    void aChangeOfTheSameSizeWithTheOldModificationTimeIsNoticed() throws IOException {
        Path data = tree.resolve("sub/data");
        FileTime before = Files.getLastModifiedTime(data);
        FetchedTree first = fetchers().fetchPath(tree, "source");
        Files.writeString(data, "xyz\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(data, before);
        FetchedTree second = fetchers().fetchPath(tree, "source");
        assertNotEquals(first.narHash(), second.narHash(), "the change time gives the write away");
        assertEquals(fetchers().fetchPath(tree, "source"), second);
    }

    @Test
    void newAndRemovedFilesAreNoticed() throws IOException {
        FetchedTree first = fetchers().fetchPath(tree, "source");
        Files.writeString(tree.resolve("new"), "");
        FetchedTree withNew = fetchers().fetchPath(tree, "source");
        assertNotEquals(first.narHash(), withNew.narHash());
        Files.delete(tree.resolve("new"));
        assertEquals(first.narHash(), fetchers().fetchPath(tree, "source").narHash());
    }

    @Test
    void aRacyTreeIsHashedEveryTimeAndNotRemembered() throws IOException {
        now.set(System.currentTimeMillis() / 1000);
        FetchedTree first = fetchers().fetchPath(tree, "source");
        assertEquals(0, cacheEntries(), "a tree written this second could change unseen");
        assertEquals(first, fetchers().fetchPath(tree, "source"));
    }
}
