package org.nixj.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.store.LocalStore;
import org.nixj.store.Nar;
import org.nixj.store.StoreDirectory;
import org.nixj.store.StorePath;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;

/**
 * Downloads through a small HTTP server on 127.0.0.1 that counts requests and honours ETags: the URL cache and
 * its time-to-live, revalidation, pinned hashes working offline, and mismatches that leave the store alone.
 */
class FetchersTest {
    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> requests = new ArrayList<>();
    private volatile byte[] content = "hello\n".getBytes(StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong(1_000_000);
    private LocalStore store;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String etag = "\"" + Hash.of(HashAlgorithm.SHA256, content).format(org.nixj.store.hash.HashFormat.BASE16, false) + "\"";
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            requests.add(path + (ifNoneMatch != null ? " if-none-match" : ""));
            if (path.equals("/missing")) {
                exchange.sendResponseHeaders(404, -1);
            } else if (etag.equals(ifNoneMatch)) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                exchange.getResponseHeaders().add("ETag", etag);
                exchange.sendResponseHeaders(200, content.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(content);
                }
            }
            exchange.close();
        });
        server.start();
        store = new LocalStore(StoreDirectory.DEFAULT, dir.resolve("store"));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private Fetchers fetchers(long ttl) {
        return new Fetchers(store, Downloader.standard(), ttl, now::get, warning -> {});
    }

    @Test
    void downloadsAreCachedByUrlForTheTimeToLive() {
        Fetchers f = fetchers(3600);
        StorePath first = f.fetchFile(url("/hello.txt"), "hello.txt", Optional.empty(), Optional.empty());
        assertEquals("gy454w1cxaq731grqwylhzf4pp9r5izh-hello.txt", first.toString(), "the path nix-instantiate gives");
        content = "changed\n".getBytes(StandardCharsets.UTF_8);
        now.addAndGet(60);
        assertEquals(first, f.fetchFile(url("/hello.txt"), "hello.txt", Optional.empty(), Optional.empty()));
        assertEquals(List.of("/hello.txt"), requests, "no second request within the TTL");
        now.addAndGet(3600);
        StorePath second = f.fetchFile(url("/hello.txt"), "hello.txt", Optional.empty(), Optional.empty());
        assertTrue(!second.equals(first));
        assertEquals(List.of("/hello.txt", "/hello.txt if-none-match"), requests);
    }

    @Test
    void anUnchangedDownloadIsRevalidatedWithItsEtag() {
        Fetchers f = fetchers(0);
        StorePath first = f.fetchFile(url("/a"), "a", Optional.empty(), Optional.empty());
        assertEquals(first, f.fetchFile(url("/a"), "a", Optional.empty(), Optional.empty()));
        assertEquals(List.of("/a", "/a if-none-match"), requests);
    }

    @Test
    void aPinnedFileAlreadyInTheStoreIsNotFetched() {
        Hash sha256 = Hash.of(HashAlgorithm.SHA256, content);
        StorePath path = fetchers(0).fetchFile(url("/a"), "a", Optional.of(sha256), Optional.empty());
        server.stop(0);
        // Offline, and with a fresh cache: the content hash alone finds the path.
        Fetchers offline = new Fetchers(store, Downloader.standard(), 0, now::get, warning -> {});
        assertEquals(path, offline.fetchFile(url("/a"), "a", Optional.of(sha256), Optional.empty()));
        assertEquals(List.of("/a"), requests);
    }

    @Test
    void aHashMismatchNamesBothHashesAndAddsNothing() throws IOException {
        Hash wrong = Hash.of(HashAlgorithm.SHA256, "other".getBytes(StandardCharsets.UTF_8));
        HashMismatchException e = assertThrows(HashMismatchException.class,
                () -> fetchers(0).fetchFile(url("/a"), "a", Optional.of(wrong), Optional.empty()));
        assertEquals("hash mismatch in file downloaded from '" + url("/a") + "':\n"
                + "  specified: sha256:" + wrong.format(org.nixj.store.hash.HashFormat.NIX32, false) + "\n"
                + "  got:       sha256:" + Hash.of(HashAlgorithm.SHA256, content).format(org.nixj.store.hash.HashFormat.NIX32, false),
                e.getMessage());
        assertFalse(Files.exists(dir.resolve("store/.nixj/valid")) && Files.list(dir.resolve("store/.nixj/valid")).findAny().isPresent(),
                "nothing is registered");
    }

    @Test
    void aTarballWithTheWrongHashAddsNothing() throws IOException {
        content = tarGz("top/a", "a\n");
        Hash wrong = Hash.of(HashAlgorithm.SHA256, "other".getBytes(StandardCharsets.UTF_8));
        HashMismatchException e = assertThrows(HashMismatchException.class,
                () -> fetchers(0).fetchTarball(url("/t.tar.gz"), "source", Optional.of(wrong)));
        assertEquals(wrong, e.expected());
        Path valid = dir.resolve("store/.nixj/valid");
        assertFalse(Files.exists(valid) && Files.list(valid).findAny().isPresent(), "nothing is registered");
        // The right hash then fetches, and a second fetch with it needs no server.
        FetchedTree tree = fetchers(0).fetchTarball(url("/t.tar.gz"), "source", Optional.of(e.got()));
        server.stop(0);
        assertEquals(tree.path(), fetchers(0).fetchTarball(url("/t.tar.gz"), "source", Optional.of(e.got())).path());
    }

    @Test
    void httpErrorsAreNixsDownloadErrors() {
        FetchException e = assertThrows(FetchException.class,
                () -> fetchers(0).fetchFile(url("/missing"), "missing", Optional.empty(), Optional.empty()));
        assertEquals("unable to download '" + url("/missing") + "': HTTP error 404", e.getMessage());
    }

    @Test
    void tarballsAreUnpackedAndTheirSingleTopDirectoryStripped() throws IOException {
        content = tarGz("top/a", "a\n", "top/b/c", "c\n");
        FetchedTree tree = fetchers(0).fetchTarball(url("/t.tar.gz"), "source", Optional.empty());
        Path out = store.physical(tree.path());
        assertEquals("a\n", Files.readString(out.resolve("a")));
        assertEquals("c\n", Files.readString(out.resolve("b/c")));
        assertEquals(Nar.hash(out, HashAlgorithm.SHA256).hash(), tree.narHash());
        assertEquals(1_234_567_890L, tree.lastModified().getAsLong());
    }

    @Test
    void tarballsWithSeveralTopEntriesKeepThemAll() throws IOException {
        content = tarGz("x", "x\n", "y/z", "z\n");
        FetchedTree tree = fetchers(0).fetchTarball(url("/t.tar.gz"), "source", Optional.empty());
        assertTrue(Files.exists(store.physical(tree.path()).resolve("y/z")));
    }

    @Test
    void aTarballWithAnotherNameIsCopiedFromTheCachedSource() throws IOException {
        content = tarGz("top/a", "a\n");
        Fetchers f = fetchers(3600);
        FetchedTree source = f.fetchTarball(url("/t.tar.gz"), "source", Optional.empty());
        FetchedTree named = f.fetchTarball(url("/t.tar.gz"), "named", Optional.empty());
        assertEquals(source.narHash(), named.narHash());
        assertEquals("named", named.path().name());
        assertEquals(1, requests.size());
    }

    @Test
    void concurrentFetchesOfOneTarballAgree() throws Exception {
        content = tarGz("top/a", "a\n", "top/b", "b\n");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<FetchedTree>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                // Separate Fetchers, as separate evaluations (or processes) would have, over the one store.
                Fetchers f = fetchers(0);
                results.add(pool.submit(() -> f.fetchTarball(url("/t.tar.gz"), "source", Optional.empty())));
            }
            FetchedTree first = results.getFirst().get();
            for (var result : results) {
                assertEquals(first.path(), result.get().path());
            }
            assertTrue(store.isValid(first.path()));
            assertEquals(first.narHash(), store.info(first.path()).orElseThrow().narHash());
        } finally {
            pool.shutdown();
        }
    }

    private static byte[] tarGz(String... namesAndContents) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                byte[] data = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry e = new TarArchiveEntry(namesAndContents[i]);
                e.setSize(data.length);
                e.setModTime(1_234_567_890_000L);
                tar.putArchiveEntry(e);
                tar.write(data);
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }
}
