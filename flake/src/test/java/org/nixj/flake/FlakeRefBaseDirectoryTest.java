package org.nixj.flake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * References relative to a base directory, as on Nix's command line: file names lead to the directory with
 * the {@code flake.nix}, and a flake in a Git work tree is a {@code git+file:} reference to the repository
 * with {@code ?dir=} for the flake's directory.
 */
class FlakeRefBaseDirectoryTest {
    @TempDir
    Path temp;
    private String root;

    @BeforeEach
    void tree() throws IOException {
        // temp/plain               flake.nix, sub/ (no flake.nix), sub/deeper/
        // temp/repo                .git/, flake.nix, sub/flake.nix, sub/inner/, docs/ (no flake.nix)
        // temp/shallow             .git/shallow, flake.nix
        // temp/bare                .git/, x/ (no flake.nix anywhere)
        // temp/gitfile             .git (a file, as in a worktree), app/flake.nix
        // temp/link -> repo/sub
        temp = temp.toRealPath();
        root = temp.toString();
        mkdirs("plain/sub/deeper", "repo/.git", "repo/sub/inner", "repo/docs", "shallow/.git", "bare/.git", "bare/x", "gitfile/app");
        touch("plain/flake.nix", "repo/flake.nix", "repo/sub/flake.nix", "shallow/flake.nix", "shallow/.git/shallow",
                "gitfile/.git", "gitfile/app/flake.nix", "plain/notes.txt");
        Files.createSymbolicLink(temp.resolve("link"), temp.resolve("repo/sub"));
    }

    private void mkdirs(String... dirs) throws IOException {
        for (String dir : dirs) {
            Files.createDirectories(temp.resolve(dir));
        }
    }

    private void touch(String... files) throws IOException {
        for (String file : files) {
            Files.writeString(temp.resolve(file), "");
        }
    }

    private String parse(String reference, String base) {
        return FlakeRef.parse(reference, temp.resolve(base)).toString();
    }

    @Test
    void aDirectoryOutsideGitIsAPathReference() {
        assertEquals("path:" + root + "/plain", parse(".", "plain"));
        assertEquals("path:" + root + "/plain", parse(root + "/plain", "repo"));
        assertEquals("path:" + root + "/plain", parse("../plain", "repo"));
        assertEquals("{ path = \"" + root + "/plain\"; type = \"path\"; }",
                NixSyntax.attrs(FlakeRef.parse(".", temp.resolve("plain")).toAttrs()));
    }

    @Test
    void aDirectoryWithoutFlakeNixMeansTheNearestParentWithOne() {
        assertEquals("path:" + root + "/plain", parse("./sub", "plain"));
        assertEquals("path:" + root + "/plain", parse(".", "plain/sub/deeper"));
        assertEquals("git+file://" + root + "/repo?dir=sub", parse("./inner", "repo/sub"));
        assertEquals("git+file://" + root + "/repo", parse("./docs", "repo"));
    }

    @Test
    void naming_flake_nix_itselfMeansItsDirectory() {
        assertEquals("path:" + root + "/plain", parse("./flake.nix", "plain"));
    }

    @Test
    void aFlakeInAGitWorkTreeIsAGitReferenceToTheRepository() {
        assertEquals("git+file://" + root + "/repo", parse(".", "repo"));
        assertEquals("git+file://" + root + "/repo?dir=sub", parse("./sub", "repo"));
        assertEquals("git+file://" + root + "/repo?dir=sub&ref=main", parse("./sub?ref=main", "repo"));
        assertEquals("git+file://" + root + "/gitfile?dir=app", parse("./gitfile/app", "."));
        assertEquals("{ dir = \"sub\"; type = \"git\"; url = \"file://" + root + "/repo\"; }",
                NixSyntax.attrs(FlakeRef.parse("./sub", temp.resolve("repo")).toAttrs()));
    }

    @Test
    void aShallowRepositoryGivesAShallowReference() {
        assertEquals("git+file://" + root + "/shallow?shallow=1", parse(".", "shallow"));
    }

    @Test
    void symbolicLinksAreResolvedFirst() {
        assertEquals("git+file://" + root + "/repo?dir=sub", parse("./link", "."));
    }

    @Test
    void aFlakeIdIsNotAFileName() {
        assertEquals("flake:plain", parse("plain", "."));
        assertEquals("flake:plain/flake.nix", parse("plain/flake.nix", "."));
    }

    @Test
    void pathAndGitFileUrlsAreRelativeToTheBaseDirectoryButNotSearched() {
        assertEquals("path:" + root + "/plain/sub", parse("path:sub", "plain"));
        assertEquals("path:" + root + "/plain", parse("path:.", "plain"));
        assertEquals("path:" + root + "/repo", parse("path:../repo", "plain"));
        assertEquals("path:/abs", parse("path:/abs", "plain"));
        assertEquals("git+file:" + root + "/repo?ref=main", parse("git+file:.?ref=main", "repo"));
        assertEquals("git+file:" + root + "/repo/sub", parse("git+file:sub", "repo"));
    }

    @Test
    void errors() {
        assertEquals("getting status of '" + root + "/missing': No such file or directory", error("./missing", "."));
        assertEquals("path '" + root + "/plain/notes.txt' is not a flake (because it's not a directory)", error("./notes.txt", "plain"));
        assertEquals("path '" + root + "/bare' is not part of a flake (neither it nor its parent directories contain a 'flake.nix' file)",
                error(".", "bare/x"));
        assertEquals("path '" + root + "/bare' is not part of a flake (neither it nor its parent directories contain a 'flake.nix' file)",
                error(root + "/bare", "."));
        assertEquals("flake URL './sub?dir=x' has an inconsistent 'dir' parameter", error("./sub?dir=x", "repo"));
        assertEquals("unexpected fragment 'hello' in flake reference '.#hello'", error(".#hello", "plain"));
    }

    @Test
    void noFlakeAnywhereUpToTheRoot() throws IOException {
        Path lonely = Files.createDirectories(temp.resolve("lonely/dir"));
        String message = error(".", "lonely/dir");
        assertTrue(message.equals("could not find a flake.nix file")
                || message.startsWith("unable to find a flake before encountering filesystem boundary at")
                || message.contains("is not part of a flake"), message);
        assertTrue(Files.isDirectory(lonely));
    }

    @Test
    void theFragmentIsKeptWhenAsked() {
        FlakeRef.WithFragment parsed = FlakeRef.parseWithFragment("./sub#packages.x86_64-linux.%22a%20b%22", temp.resolve("repo"));
        assertEquals("git+file://" + root + "/repo?dir=sub", parsed.ref().toString());
        assertEquals("packages.x86_64-linux.\"a b\"", parsed.fragment());
    }

    @Test
    void allowMissingTakesTheDirectoryAsItIs() {
        FlakeRef.ParseOptions allowMissing = new FlakeRef.ParseOptions(true, true, false);
        assertEquals("path:" + root + "/plain/sub", FlakeRef.parse("./sub", temp.resolve("plain"), allowMissing).toString());
        assertEquals("git+file://" + root + "/repo?dir=docs", FlakeRef.parse("./docs", temp.resolve("repo"), allowMissing).toString());
        assertEquals("git+file://" + root + "/bare?dir=x", FlakeRef.parse(".", temp.resolve("bare/x"), allowMissing).toString());
    }

    @Test
    void aNonFlakeFileNameIsAPathAsItIs() {
        FlakeRef.ParseOptions notAFlake = new FlakeRef.ParseOptions(false, false, false);
        assertEquals("path:" + root + "/plain/notes.txt", FlakeRef.parse("./notes.txt", temp.resolve("plain"), notAFlake).toString());
        assertEquals("path:" + root + "/repo/sub", FlakeRef.parse("./sub", temp.resolve("repo"), notAFlake).toString());
    }

    private String error(String reference, String base) {
        return assertThrows(FlakeException.class, () -> FlakeRef.parse(reference, temp.resolve(base))).getMessage();
    }
}
