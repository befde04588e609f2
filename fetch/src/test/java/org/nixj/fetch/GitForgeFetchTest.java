package org.nixj.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.store.LocalStore;
import org.nixj.store.StoreDirectory;
import org.nixj.store.hash.HashFormat;

/**
 * {@code github:}, {@code gitlab:} and {@code sourcehut:} inputs: the URLs each forge is asked (through a
 * downloader that serves canned answers, as the forge would), the commit a ref resolves to, the archive's tree
 * and time, the ref cache, and locked inputs found in the store without a request.
 */
class GitForgeFetchTest {
    private static final String REV = "0123456789abcdef0123456789abcdef01234567";
    private static final long COMMIT_TIME = 1_700_000_000L;

    @TempDir
    Path dir;

    private final Map<String, byte[]> answers = new HashMap<>();
    private final List<String> requests = new ArrayList<>();
    private final AtomicLong now = new AtomicLong(1_800_000_000L);
    private InputFetcher fetcher;
    private LocalStore store;

    @BeforeEach
    void setUp() {
        Downloader forge = (url, etag, target) -> {
            requests.add(url);
            byte[] answer = answers.get(url);
            if (answer == null) {
                throw new FetchException("unable to download '" + url + "': HTTP error 404");
            }
            try {
                Files.write(target, answer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Downloader.Result.Downloaded(Optional.empty());
        };
        store = new LocalStore(StoreDirectory.DEFAULT, dir.resolve("store"));
        Fetchers fetchers = new Fetchers(store, forge, 3600, now::get, warning -> {});
        fetcher = new InputFetcher(fetchers, Path::of);
    }

    private static FetchInput input(String... attrs) {
        TreeMap<String, Object> map = new TreeMap<>();
        for (int i = 0; i < attrs.length; i += 2) {
            map.put(attrs[i], attrs[i + 1]);
        }
        return new FetchInput(map);
    }

    /** A forge's archive of a commit: one top directory, as GitHub and GitLab make them. */
    private static byte[] archive(String flake) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
            TarArchiveEntry top = new TarArchiveEntry("repo-" + REV + "/");
            top.setModTime(COMMIT_TIME * 1000);
            tar.putArchiveEntry(top);
            tar.closeArchiveEntry();
            byte[] content = flake.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry file = new TarArchiveEntry("repo-" + REV + "/flake.nix");
            file.setSize(content.length);
            file.setModTime(COMMIT_TIME * 1000);
            tar.putArchiveEntry(file);
            tar.write(content);
            tar.closeArchiveEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void answer(String url, String text) {
        answers.put(url, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path file(FetchedTree tree, String name) {
        return store.physical(tree.path()).resolve(name);
    }

    @Test
    void aGitHubRefIsResolvedThroughTheApiAndItsArchiveUnpacked() throws IOException {
        answer("https://api.github.com/repos/o/r/commits/HEAD", "{\"sha\":\"" + REV + "\",\"commit\":{\"tree\":{\"sha\":\"x\"}}}");
        answers.put("https://github.com/o/r/archive/" + REV + ".tar.gz", archive("{ outputs = _: { }; }"));
        FetchedTree tree = fetcher.fetch(input("type", "github", "owner", "o", "repo", "r"));
        assertEquals(Optional.of(REV), tree.rev());
        assertEquals(COMMIT_TIME, tree.lastModified().orElseThrow(), "the archive's time is the commit's");
        assertEquals("{ outputs = _: { }; }", Files.readString(file(tree, "flake.nix")), "the top directory is stripped");
        assertEquals(List.of("https://api.github.com/repos/o/r/commits/HEAD", "https://github.com/o/r/archive/" + REV + ".tar.gz"),
                requests);
        // Within the tarball TTL the ref's commit and the archive come from the cache.
        now.addAndGet(60);
        assertEquals(tree, fetcher.fetch(input("type", "github", "owner", "o", "repo", "r")));
        assertEquals(2, requests.size(), requests::toString);
    }

    @Test
    void aGitHubEnterpriseHostIsAskedThroughItsApiPath() {
        answer("https://git.example.org/api/v3/repos/o/r/commits/main", "{\"sha\":\"" + REV + "\"}");
        answers.put("https://git.example.org/o/r/archive/" + REV + ".tar.gz", archive("{ }"));
        FetchedTree tree = fetcher.fetch(input("type", "github", "owner", "o", "repo", "r", "ref", "main", "host", "git.example.org"));
        assertEquals(Optional.of(REV), tree.rev());
    }

    @Test
    void aLockedInputInTheStoreIsUsedWithoutAnyRequest() {
        answers.put("https://github.com/o/r/archive/" + REV + ".tar.gz", archive("{ }"));
        FetchedTree first = fetcher.fetch(input("type", "github", "owner", "o", "repo", "r", "rev", REV));
        assertEquals(List.of("https://github.com/o/r/archive/" + REV + ".tar.gz"), requests, "a rev needs no API request");
        answers.clear();
        requests.clear();
        FetchedTree again = fetcher.fetch(input("type", "github", "owner", "o", "repo", "r", "rev", REV,
                "narHash", first.narHash().format(HashFormat.SRI, true)));
        assertEquals(first.path(), again.path());
        assertEquals(List.of(), requests);
    }

    @Test
    void aWrongNarHashIsAMismatchNamingTheInput() {
        answers.put("https://github.com/o/r/archive/" + REV + ".tar.gz", archive("{ }"));
        String wrong = "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
        HashMismatchException e = assertThrows(HashMismatchException.class,
                () -> fetcher.fetch(input("type", "github", "owner", "o", "repo", "r", "rev", REV, "narHash", wrong)));
        assertTrue(e.getMessage().startsWith("NAR hash mismatch in input 'github:o/r/" + REV + "?narHash="), e.getMessage());
    }

    @Test
    void aGitLabRefIsResolvedThroughItsCommitsApi() {
        answer("https://gitlab.com/api/v4/projects/o%2Fr/repository/commits?ref_name=v1", "[{\"id\":\"" + REV + "\"}]");
        answers.put("https://gitlab.com/api/v4/projects/o%2Fr/repository/archive.tar.gz?sha=" + REV, archive("{ }"));
        assertEquals(Optional.of(REV), fetcher.fetch(input("type", "gitlab", "owner", "o", "repo", "r", "ref", "v1")).rev());
        answer("https://gitlab.com/api/v4/projects/o%2Fr/repository/commits?ref_name=nope", "[]");
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher.fetch(input("type", "gitlab", "owner", "o", "repo", "r", "ref", "nope")));
        assertEquals("No commits returned by GitLab API -- does the git ref really exist?", e.getMessage());
    }

    @Test
    void aSourceHutHeadIsResolvedThroughGitsDumbHttpFiles() {
        answer("https://git.sr.ht/~o/r/HEAD", "ref: refs/heads/trunk\n");
        answer("https://git.sr.ht/~o/r/info/refs", "1111111111111111111111111111111111111111\trefs/heads/other\n"
                + REV + "\trefs/heads/trunk\n");
        answers.put("https://git.sr.ht/~o/r/archive/" + REV + ".tar.gz", archive("{ }"));
        assertEquals(Optional.of(REV), fetcher.fetch(input("type", "sourcehut", "owner", "~o", "repo", "r")).rev());
    }

    @Test
    void anUnknownRepositoryIsTheForgesDownloadError() {
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher.fetch(input("type", "github", "owner", "o", "repo", "missing")));
        assertEquals("unable to download 'https://api.github.com/repos/o/missing/commits/HEAD': HTTP error 404", e.getMessage());
    }
}
