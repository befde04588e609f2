package org.nixj.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.store.LocalStore;
import org.nixj.store.StoreDirectory;

/** Git trees from repositories the tests create: commits, refs, dirty working trees, export-ignore, remotes. */
class GitFetchTest {
    @TempDir
    Path dir;

    private Path repo;
    private Fetchers fetchers;
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void createRepository() throws Exception {
        repo = dir.resolve("repo");
        Files.createDirectories(repo);
        git("init", "-q", "-b", "main");
        Files.writeString(repo.resolve("f"), "one\n");
        Files.createDirectories(repo.resolve("d"));
        Files.writeString(repo.resolve("d/g"), "two\n");
        Files.writeString(repo.resolve("ignored"), "not exported\n");
        Files.writeString(repo.resolve(".gitattributes"), "ignored export-ignore\n");
        Files.createSymbolicLink(repo.resolve("link"), Path.of("f"));
        commit("first", "2020-01-01T00:00:00Z");
        Files.writeString(repo.resolve("h"), "three\n");
        repo.resolve("h").toFile().setExecutable(true);
        commit("second", "2021-01-01T00:00:00Z");
        fetchers = new Fetchers(new LocalStore(StoreDirectory.DEFAULT, dir.resolve("store")), Downloader.standard(), 0,
                () -> 2_000_000_000L, warnings::add);
    }

    private String git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=t", "-c", "user.email=t@t"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    private void commit(String message, String date) throws Exception {
        git("add", "-A");
        ProcessBuilder pb = new ProcessBuilder("git", "-C", repo.toString(), "-c", "user.name=t", "-c", "user.email=t@t",
                "commit", "-q", "-m", message);
        pb.environment().putAll(Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date));
        assertEquals(0, pb.start().waitFor());
    }

    private GitRequest request(String url, Optional<String> ref, Optional<String> rev, boolean shallow, boolean exportIgnore) {
        return new GitRequest(url, ref, rev, shallow, exportIgnore, "source");
    }

    private Path tree(FetchedTree t) {
        return dir.resolve("store").resolve(t.path().toString());
    }

    @Test
    void aCleanRepositoryGivesItsHeadCommit() throws Exception {
        FetchedTree t = fetchers.fetchGit(request(repo.toString(), Optional.empty(), Optional.empty(), false, true));
        assertEquals(Optional.of(git("rev-parse", "HEAD")), t.rev());
        assertEquals(2, t.revCount().getAsLong());
        assertEquals(1609459200L, t.lastModified().getAsLong());
        assertTrue(Files.isExecutable(tree(t).resolve("h")));
        assertEquals(Path.of("f"), Files.readSymbolicLink(tree(t).resolve("link")));
        assertFalse(Files.exists(tree(t).resolve("ignored")), "export-ignore applies");
        assertTrue(warnings.isEmpty());
    }

    @Test
    void exportIgnoreCanBeTurnedOff() {
        FetchedTree t = fetchers.fetchGit(request("file://" + repo, Optional.empty(), Optional.empty(), false, false));
        assertTrue(Files.exists(tree(t).resolve("ignored")));
    }

    @Test
    void revAndRefSelectCommits() throws Exception {
        String first = git("rev-parse", "HEAD~1");
        FetchedTree byRev = fetchers.fetchGit(request(repo.toString(), Optional.empty(), Optional.of(first), false, true));
        assertEquals(1, byRev.revCount().getAsLong());
        assertFalse(Files.exists(tree(byRev).resolve("h")));
        git("branch", "old", first);
        FetchedTree byRef = fetchers.fetchGit(request(repo.toString(), Optional.of("old"), Optional.empty(), false, true));
        assertEquals(byRev.path(), byRef.path());
        FetchedTree byFullRef = fetchers.fetchGit(request(repo.toString(), Optional.of("refs/heads/old"), Optional.empty(), true, true));
        assertEquals(byRev.path(), byFullRef.path());
        assertTrue(byFullRef.revCount().isEmpty(), "shallow fetches count nothing");
    }

    @Test
    void unknownRevisionsAndRefsAreErrors() {
        FetchException noRev = assertThrows(FetchException.class, () -> fetchers.fetchGit(
                request(repo.toString(), Optional.empty(), Optional.of("0123456789012345678901234567890123456789"), false, true)));
        assertTrue(noRev.getMessage().startsWith("Cannot find Git revision '0123456789012345678901234567890123456789'"), noRev.getMessage());
        FetchException noRef = assertThrows(FetchException.class, () -> fetchers.fetchGit(
                request(repo.toString(), Optional.of("nope"), Optional.empty(), false, true)));
        assertEquals("resolving Git reference 'refs/heads/nope': revspec 'refs/heads/nope' not found", noRef.getMessage());
    }

    @Test
    void aDirtyWorkingTreeGivesItsTrackedFiles() throws Exception {
        Files.writeString(repo.resolve("f"), "changed\n");
        Files.writeString(repo.resolve("untracked"), "not in git\n");
        FetchedTree t = fetchers.fetchGit(request(repo.toString(), Optional.empty(), Optional.empty(), false, true));
        assertEquals("changed\n", Files.readString(tree(t).resolve("f")));
        assertFalse(Files.exists(tree(t).resolve("untracked")));
        assertFalse(Files.exists(tree(t).resolve("ignored")));
        assertTrue(t.rev().isEmpty());
        assertEquals(Optional.of(git("rev-parse", "HEAD") + "-dirty"), t.dirtyRev());
        assertEquals(List.of("Git tree '" + repo + "' is dirty"), warnings);
    }

    @Test
    void aDirtyWorkingTreeIsFetchedAnewWhenItsFilesChange() throws Exception {
        // (The clock is far ahead, so no file is too recent to be fingerprinted: the fetch cache is used.)
        GitRequest request = request(repo.toString(), Optional.empty(), Optional.empty(), false, true);
        Files.writeString(repo.resolve("f"), "changed\n");
        FetchedTree first = fetchers.fetchGit(request);
        assertEquals(first.path(), fetchers.fetchGit(request).path());

        Files.writeString(repo.resolve("f"), "changed again\n");
        FetchedTree edited = fetchers.fetchGit(request);
        assertEquals("changed again\n", Files.readString(tree(edited).resolve("f")));

        Files.writeString(repo.resolve("new"), "added\n");
        assertFalse(Files.exists(tree(fetchers.fetchGit(request)).resolve("new")), "untracked");
        git("add", "new");
        assertEquals("added\n", Files.readString(tree(fetchers.fetchGit(request)).resolve("new")));

        Files.delete(repo.resolve("d/g"));
        assertFalse(Files.exists(tree(fetchers.fetchGit(request)).resolve("d/g")), "deleted");
    }

    @Test
    void repositoriesWhosePathNeedsNoEncoding() throws Exception {
        Path spaced = dir.resolve("with space");
        Files.move(repo, spaced);
        FetchedTree t = fetchers.fetchGit(request("file://" + spaced, Optional.empty(), Optional.empty(), false, true));
        assertEquals(2, t.revCount().getAsLong());
    }

    @Test
    void notARepository() {
        FetchException e = assertThrows(FetchException.class, () -> fetchers.fetchGit(
                request(dir.toString(), Optional.empty(), Optional.empty(), false, true)));
        assertTrue(e.getMessage().startsWith("opening Git repository '" + dir + "'"), e.getMessage());
    }

    @Test
    void remoteRepositoriesAreFetchedIntoACache() throws Exception {
        // A "dumb HTTP" remote: the repository's files served as they are.
        git("update-server-info");
        Path gitDir = repo.resolve(".git");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Path file = gitDir.resolve(exchange.getRequestURI().getPath().substring("/repo.git/".length()));
            if (Files.isRegularFile(file)) {
                byte[] bytes = Files.readAllBytes(file);
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(bytes);
                }
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/repo.git";
            FetchedTree remote = fetchers.fetchGit(request(url, Optional.of("main"), Optional.empty(), false, true));
            FetchedTree local = fetchers.fetchGit(request(repo.toString(), Optional.empty(), Optional.empty(), false, true));
            assertEquals(local.path(), remote.path());
            assertEquals(local.rev(), remote.rev());
            assertEquals(2, remote.revCount().getAsLong());
        } finally {
            server.stop(0);
        }
    }
}
