package org.nixj.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nixj.testsupport.NixOracle;

/**
 * Fetches that need fixtures a corpus file cannot hold, compared with Nix 2.8: Git repositories this test
 * creates (commits, refs, export-ignore, a dirty working tree) and files served by an HTTP server on
 * 127.0.0.1. nixj and nix-instantiate must print the same value; each expression leaves out what the two are
 * known to report differently (a dirty tree's {@code dirtyRev}, which 2.8 lacks).
 */
class FetchOracleTest {
    @TempDir
    static Path dir;

    private static Path repo;
    private static Path dirty;
    private static HttpServer server;

    @BeforeAll
    static void fixtures() throws Exception {
        NixOracle.assumeInstalled();
        repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve("d"));
        git(repo, "init", "-q", "-b", "main");
        Files.writeString(repo.resolve("f"), "one\n");
        Files.writeString(repo.resolve("d/g"), "two\n");
        Files.writeString(repo.resolve("ignored"), "not exported\n");
        Files.writeString(repo.resolve(".gitattributes"), "ignored export-ignore\n");
        Files.createSymbolicLink(repo.resolve("link"), Path.of("d/g"));
        commit(repo, "2020-01-01T00:00:00Z");
        git(repo, "branch", "old");
        Files.writeString(repo.resolve("run"), "#!/bin/sh\n");
        repo.resolve("run").toFile().setExecutable(true);
        commit(repo, "2021-06-01T12:00:00Z");

        // Dirty trees: 2.8 leaves export-ignore out of working trees, current Nix applies it, so this one has none.
        dirty = dir.resolve("dirty");
        Files.createDirectories(dirty);
        git(dirty, "init", "-q", "-b", "main");
        Files.writeString(dirty.resolve("a"), "a\n");
        commit(dirty, "2022-01-01T00:00:00Z");
        Files.writeString(dirty.resolve("a"), "changed\n");
        Files.writeString(dirty.resolve("untracked"), "u\n");

        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Path file = dir.resolve("www").resolve(exchange.getRequestURI().getPath().substring(1));
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        Files.createDirectories(dir.resolve("www"));
        Files.writeString(dir.resolve("www/hello.txt"), "hello over http\n");
        Files.writeString(dir.resolve("www/empty.txt"), "");
        Files.copy(EvalCase.corpusRoot().resolve("eval/data/fetch/tree.tar.gz"), dir.resolve("www/tree.tar.gz"));
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "builtins.fetchGit REPO",
        "builtins.fetchGit { url = REPO; ref = \"old\"; }",
        "builtins.fetchGit { url = \"file://\" + toString REPO; ref = \"refs/heads/main\"; }",
        "builtins.fetchGit { url = REPO; shallow = true; }",
        "builtins.fetchGit { url = REPO; name = \"custom\"; }",
        "let old = builtins.fetchGit { url = REPO; ref = \"old\"; }; in builtins.fetchGit { url = REPO; inherit (old) rev; }",
        "builtins.readDir (builtins.fetchGit REPO)",
        "builtins.readFile \"${builtins.fetchGit REPO}/link\"",
        "removeAttrs (builtins.fetchGit DIRTY) [ \"dirtyRev\" \"dirtyShortRev\" ]",
        "builtins.readDir (builtins.fetchGit DIRTY)",
        "builtins.fetchurl HTTP/hello.txt",
        "builtins.readFile (builtins.fetchurl { url = HTTP/hello.txt; name = \"greeting\"; })",
        "fetchTarball HTTP/tree.tar.gz",
        // Not here: a 404, which 2.8 reports with the status line's reason ("HTTP error 404 ('Not Found')") and
        // current Nix without it, as nixj does (FetchersTest).
        "builtins.fetchurl HTTP/empty.txt",
    })
    void nixjPrintsWhatNixPrints(String template) {
        String expression = template.replace("REPO", repo.toString()).replace("DIRTY", dirty.toString())
                .replace("HTTP/", "\"http://127.0.0.1:" + server.getAddress().getPort() + "/")
                .replaceAll("(\"http://[^ ;]*?(txt|gz))", "$1\"");
        List<String> args = List.of("--eval", "--strict", "-E", expression);
        NixOracle.Output nix = NixOracle.instantiate().args(args).home(EvalCase.HOME).directory(dir).run();
        NixjEvalRun nixj = NixjEvalRun.instantiate(args);
        assertEquals(nix.exitCode(), nixj.exitCode(), expression + "\nnix: " + nix.stderr() + "\nnixj: " + nixj.err());
        assertEquals(nix.stdout(), nixj.out(), expression);
        if (nix.exitCode() != 0) {
            assertEquals(lastLine(nix.stderr()), lastLine(nixj.err()), expression);
        }
    }

    /** The error message itself: the last line of a report that is not a hint. */
    private static String lastLine(String report) {
        List<String> lines = new ArrayList<>(report.lines().filter(l -> !l.isBlank() && !l.startsWith("(use '--show-trace'")).toList());
        return lines.getLast().strip();
    }

    private static void git(Path repository, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString(), "-c", "user.name=t", "-c", "user.email=t@t"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
    }

    private static void commit(Path repository, String date) throws Exception {
        git(repository, "add", "-A");
        ProcessBuilder pb = new ProcessBuilder("git", "-C", repository.toString(), "-c", "user.name=t", "-c", "user.email=t@t",
                "commit", "-q", "-m", "commit at " + date);
        pb.environment().putAll(Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date));
        assertEquals(0, pb.start().waitFor());
    }
}
