package org.nixj.flake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.eval.EvalSettings;
import org.nixj.eval.Evaluator;
import org.nixj.eval.IsolatedIO;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.print.PrintOptions;
import org.nixj.eval.value.Value;
import org.nixj.fetch.Downloader;
import org.nixj.fetch.FetchException;
import org.nixj.source.Source;

/** Flakes through the Java API: locking, the lock file written, evaluation, lookup, the bundled stand-in. */
class FlakesTest {
    @TempDir
    Path dir;

    private Evaluator evaluator;
    private final List<String> notices = new ArrayList<>();

    @BeforeEach
    void evaluator() {
        evaluator = Evaluator.builder()
                .settings(EvalSettings.builder().pure(true).currentSystem("x86_64-linux").build())
                .io(IsolatedIO.storeIn(dir.resolve("store")))
                .builtins(new FlakeRefBuiltins(), new GetFlakeBuiltin(null))
                .build();
    }

    private Path flake(String name, String flakeNix) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("flake.nix"), flakeNix.replace("@DIR@", dir.toString()));
        return folder;
    }

    private String eval(Path root, String installable, LockOptions options) {
        Value v = new Flakes(evaluator, options, notices::add).evaluate(Installable.parse(installable), root, "x86_64-linux");
        return evaluator.print(v, PrintOptions.NIX_EVAL);
    }

    @Test
    void aPathInputIsLockedAndItsOutputsReachTheRoot() throws IOException {
        flake("a", "{ outputs = { self }: { value = 41; }; }");
        Path root = flake("root", "{ inputs.a.url = \"path:@DIR@/a\"; outputs = { self, a }: { x = a.value + 1; }; }");
        assertEquals("42", eval(root, ".#x", LockOptions.defaults()));
        String lock = Files.readString(root.resolve("flake.lock"));
        LockFile parsed = LockFile.parse(lock);
        Map<String, Object> locked = parsed.node("a").orElseThrow().locked().orElseThrow();
        assertEquals("path", locked.get("type"));
        assertTrue(((String) locked.get("narHash")).startsWith("sha256-"), lock);
        assertEquals(1, notices.size(), notices::toString);
        String date = LocalDate.ofInstant(Instant.ofEpochSecond((Long) locked.get("lastModified")), ZoneOffset.UTC)
                .toString();
        assertEquals("warning: creating lock file \"" + root.resolve("flake.lock") + "\": \n"
                + "\u2022 Added input 'a':\n"
                + "    '" + FlakeRef.fromAttrs(locked) + "' (" + date + ")", notices.get(0));
    }

    @Test
    void aGitHubInputIsDownloadedAndLockedByItsCommit() throws IOException, InterruptedException {
        String rev = "0123456789abcdef0123456789abcdef01234567";
        Path top = Files.createDirectories(dir.resolve("archive/r-" + rev));
        Files.writeString(top.resolve("flake.nix"), "{ outputs = { self }: { value = 41; }; }");
        FileTime commitTime = FileTime.from(Instant.ofEpochSecond(1_700_000_000L));
        Files.setLastModifiedTime(top.resolve("flake.nix"), commitTime);
        Files.setLastModifiedTime(top, commitTime);
        Path archive = dir.resolve("r.tar.gz");
        assertEquals(0, new ProcessBuilder("tar", "-czf", archive.toString(), "-C", dir.resolve("archive").toString(), "r-" + rev)
                .inheritIO().start().waitFor());
        // GitHub, as nixj asks it: which commit "main" is, then the archive of that commit.
        Map<String, Path> github = Map.of(
                "https://api.github.com/repos/o/r/commits/main", Files.writeString(dir.resolve("commit.json"), "{\"sha\":\"" + rev + "\"}"),
                "https://github.com/o/r/archive/" + rev + ".tar.gz", archive);
        Downloader downloader = (url, etag, target) -> {
            if (!github.containsKey(url)) {
                throw new FetchException("unable to download '" + url + "': HTTP error 404");
            }
            try {
                Files.copy(github.get(url), target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Downloader.Result.Downloaded(Optional.empty());
        };
        evaluator = Evaluator.builder()
                .settings(EvalSettings.builder().pure(true).currentSystem("x86_64-linux").build())
                .io(IsolatedIO.storeIn(dir.resolve("store")).withDownloader(downloader))
                .builtins(new FlakeRefBuiltins(), new GetFlakeBuiltin(null))
                .build();
        Path root = flake("root", "{ inputs.a.url = \"github:o/r/main\"; outputs = { self, a }: { x = a.value + 1; }; }");
        assertEquals("42", eval(root, ".#x", LockOptions.defaults()));
        LockFile.Node a = LockFile.parse(Files.readString(root.resolve("flake.lock"))).node("a").orElseThrow();
        Map<String, Object> locked = a.locked().orElseThrow();
        assertEquals(List.of("lastModified", "narHash", "owner", "repo", "rev", "type"), List.copyOf(locked.keySet()),
                "the commit, not the ref");
        assertEquals(rev, locked.get("rev"));
        assertEquals(1_700_000_000L, locked.get("lastModified"));
        assertEquals(Map.of("type", "github", "owner", "o", "repo", "r", "ref", "main"), a.original().orElseThrow());
    }

    @Test
    void anUnchangedLockFileIsNeitherRewrittenNorAnnounced() throws IOException {
        flake("a", "{ outputs = { self }: { value = 1; }; }");
        Path root = flake("root", "{ inputs.a.url = \"path:@DIR@/a\"; outputs = { self, a }: { x = a.value; }; }");
        eval(root, ".#x", LockOptions.defaults());
        String first = Files.readString(root.resolve("flake.lock"));
        notices.clear();
        eval(root, ".#x", LockOptions.defaults());
        assertEquals(first, Files.readString(root.resolve("flake.lock")));
        assertEquals(List.of(), notices);
    }

    @Test
    void noWriteLockFileLeavesNoFileAndSaysSo() throws IOException {
        flake("a", "{ outputs = { self }: { value = 1; }; }");
        Path root = flake("root", "{ inputs.a.url = \"path:@DIR@/a\"; outputs = { self, a }: { x = a.value; }; }");
        assertEquals("1", eval(root, ".#x", LockOptions.defaults().withWriteLockFile(false)));
        assertFalse(Files.exists(root.resolve("flake.lock")));
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.getFirst().matches("warning: not writing modified lock file of flake 'path:" + root + "':\n"
                + "\u2022 Added input 'a':\n    'path:" + dir + "/a\\?lastModified=\\d+&narHash=sha256-[^']*' \\(\\d{4}-\\d\\d-\\d\\d\\)"),
                notices.getFirst());
    }

    @Test
    void followsMakeTwoInputsOne() throws IOException {
        flake("c", "{ outputs = { self }: { id = \"c\"; }; }");
        flake("c2", "{ outputs = { self }: { id = \"c2\"; }; }");
        flake("b", "{ inputs.c.url = \"path:@DIR@/c2\"; outputs = { self, c }: { seen = c.id; }; }");
        Path root = flake("root", "{ inputs.c.url = \"path:@DIR@/c\"; inputs.b.url = \"path:@DIR@/b\";"
                + " inputs.b.inputs.c.follows = \"c\"; outputs = { self, b, c }: { x = b.seen; }; }");
        assertEquals("\"c\"", eval(root, ".#x", LockOptions.defaults()));
        LockFile lock = LockFile.parse(Files.readString(root.resolve("flake.lock")));
        assertEquals(new LockFile.Follows(List.of("c")), lock.node("b").orElseThrow().input("c").orElseThrow());
    }

    @Test
    void installablesAreLookedUpInNixsOrder() throws IOException {
        Path root = flake("root", "{ outputs = { self }: { packages.x86_64-linux.x = 1; legacyPackages.x86_64-linux.x = 2;"
                + " legacyPackages.x86_64-linux.y = 3; y = 4; z = 5; packages.x86_64-linux.default = 6; }; }");
        assertEquals("1", eval(root, ".#x", LockOptions.defaults()));
        assertEquals("3", eval(root, ".#y", LockOptions.defaults()));
        assertEquals("5", eval(root, ".#z", LockOptions.defaults()));
        assertEquals("4", eval(root, ".#.y", LockOptions.defaults()));
        assertEquals("6", eval(root, ".", LockOptions.defaults()));
        EvalError e = assertThrows(EvalError.class, () -> eval(root, ".#w", LockOptions.defaults()));
        assertEquals("flake 'path:" + root + "' does not provide attribute 'packages.x86_64-linux.w', "
                + "'legacyPackages.x86_64-linux.w' or 'w'", e.getMessage());
    }

    @Test
    void aNixpkgsInputNixjCannotFetchIsServedByTheBundledLibraryAndNotLocked() throws IOException {
        Path bundled = flake("bundled", "{ outputs = { self }: { lib.answer = 42; }; }");
        Path root = flake("root", "{ inputs.nixpkgs.url = \"github:NixOS/nixpkgs/nixos-unstable\";"
                + " outputs = { self, nixpkgs }: { x = nixpkgs.lib.answer; }; }");
        assertEquals("42", eval(root, ".#x", LockOptions.defaults().withBundledNixpkgs(() -> bundled)));
        assertTrue(notices.contains("nixj: serving input 'github:NixOS/nixpkgs/nixos-unstable' with nixj's bundled"
                + " nixpkgs-compatible library"), notices.toString());
        // The only input was served by the stand-in, which is never locked: the lock file would be empty.
        assertFalse(Files.exists(root.resolve("flake.lock")));
    }

    @Test
    void getFlakeTakesOnlyLockedReferencesInPureEvaluation() throws IOException {
        Path a = flake("a", "{ outputs = { self }: { value = 7; }; }");
        EvalError e = assertThrows(EvalError.class, () -> evaluator.force(evaluator.evaluate(
                Source.ofExpression("(builtins.getFlake \"path:" + a + "\").value", "/"))));
        assertTrue(e.getMessage().startsWith("cannot call 'getFlake' on unlocked flake reference 'path:" + a + "'"),
                e.getMessage());
        Evaluator impure = Evaluator.builder().io(IsolatedIO.storeIn(dir.resolve("store")))
                .builtins(new GetFlakeBuiltin(null)).build();
        assertEquals("7", impure.print(impure.evaluate(Source.ofExpression("(builtins.getFlake \"path:" + a + "\").value", "/")),
                PrintOptions.NIX_EVAL));
    }

    @Test
    void flakeNixErrorsAreNixs() throws IOException {
        Path bad = flake("bad", "{ foo = 1; outputs = { self }: { }; }");
        FlakeException e = assertThrows(FlakeException.class, () -> eval(bad, ".#x", LockOptions.defaults()));
        assertTrue(e.getMessage().matches("flake 'path:" + bad + "' has an unsupported attribute 'foo', at"
                + " /nix/store/\\w{32}-source/flake.nix:1:3"), e.getMessage());
        Path notAFunction = flake("nf", "{ outputs = 1; }");
        e = assertThrows(FlakeException.class, () -> eval(notAFunction, ".#x", LockOptions.defaults()));
        assertTrue(e.getMessage().matches("expected a function but got an integer at /nix/store/\\w{32}-source/flake.nix:1:3"),
                e.getMessage());
    }
}
