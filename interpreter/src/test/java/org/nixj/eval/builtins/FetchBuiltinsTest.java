package org.nixj.eval.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.eval.EvalSettings;
import org.nixj.eval.IsolatedIO;
import org.nixj.fetch.Downloader;

/**
 * The fetch builtins as Nix code sees them: arguments, the attributes returned, pure evaluation's rules, and
 * inputs that can only come from the store. (Downloads and Git are tested in {@code org.nixj.fetch}; outputs
 * are compared with nix-instantiate in the test corpus.)
 */
class FetchBuiltinsTest {
    @TempDir
    Path dir;

    private Path tree;

    @BeforeEach
    void files() throws IOException {
        tree = Files.createDirectories(dir.resolve("tree"));
        Files.writeString(tree.resolve("a"), "a\n");
        Files.writeString(dir.resolve("hello.txt"), "hello\n");
    }

    private String eval(String expression, boolean pure) {
        return NixInstantiate.nixj(expression, EvalSettings.builder().pure(pure).build(), IsolatedIO.storeIn(dir.resolve("store")).withDownloader(Downloader.standard()));
    }

    private String eval(String expression) {
        return eval(expression, false);
    }

    @Test
    void restrictedModeRefusesAUrlEvenWhenItsFileIsAlreadyFetched() {
        String fetch = "builtins.fetchurl { url = \"file://" + dir + "/hello.txt\"; sha256 = \"5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03\"; }";
        assertEquals("\"/nix/store/gy454w1cxaq731grqwylhzf4pp9r5izh-hello.txt\"", eval(fetch));
        IsolatedIO sameStore = IsolatedIO.storeIn(dir.resolve("store")).withDownloader(Downloader.standard());
        String restricted = NixInstantiate.nixj(fetch, EvalSettings.builder().restrictEval(true).build(), sameStore);
        assertEquals("error: access to URI 'file://" + dir + "/hello.txt' is forbidden in restricted mode", restricted);
        String allowed = NixInstantiate.nixj(fetch, EvalSettings.builder().restrictEval(true).allowedUris(java.util.List.of("file://" + dir)).build(), sameStore);
        assertEquals("\"/nix/store/gy454w1cxaq731grqwylhzf4pp9r5izh-hello.txt\"", allowed);
    }

    @Test
    void fetchurlGivesAStorePathNamedAfterTheUrl() {
        assertEquals("\"/nix/store/gy454w1cxaq731grqwylhzf4pp9r5izh-hello.txt\"", eval("builtins.fetchurl \"file://" + dir + "/hello.txt\""));
        assertEquals("true", eval("builtins.hasContext (builtins.fetchurl \"file://" + dir + "/hello.txt\")"));
    }

    @Test
    void fetchurlArguments() {
        assertEquals("error: unsupported argument 'foo' to 'fetchurl'", eval("builtins.fetchurl { url = \"file:///x\"; foo = 1; }"));
        assertEquals("error: 'url' argument required", eval("builtins.fetchurl { name = \"x\"; }"));
        assertEquals("error: invalid store path name when fetching URL 'file:///x/a b': name 'a b' contains illegal character ' '. "
                + "Please pass an attribute set with 'url' and 'name' attributes to 'fetchurl',  so that it can create a valid store path.",
                eval("builtins.fetchurl \"file:///x/a b\""));
    }

    @Test
    void pureEvaluationNeedsHashesOrLockedInputs() {
        assertEquals("error: in pure evaluation mode, 'fetchurl' requires a 'sha256' argument",
                eval("builtins.fetchurl \"file://" + dir + "/hello.txt\"", true));
        assertEquals("error: in pure evaluation mode, 'fetchTarball' requires a 'sha256' argument",
                eval("fetchTarball \"file:///x.tar.gz\"", true));
        assertEquals("error: in pure evaluation mode, 'fetchGit' doesn't fetch unlocked input 'git+file:///r?exportIgnore=1&ref=main'",
                eval("fetchGit { url = /r; ref = \"main\"; }", true));
        assertEquals("error: in pure evaluation mode, 'fetchTree' doesn't fetch unlocked input 'path:" + tree + "'",
                eval("fetchTree { type = \"path\"; path = \"" + tree + "\"; }", true));
        String narHash = eval("(fetchTree { type = \"path\"; path = \"" + tree + "\"; }).narHash");
        assertEquals(eval("(fetchTree { type = \"path\"; path = \"" + tree + "\"; }).outPath"),
                eval("(fetchTree { type = \"path\"; path = \"" + tree + "\"; narHash = " + narHash + "; }).outPath", true));
        // A pinned fetchurl whose file is in the store works in pure mode too.
        String sha256 = eval("builtins.hashFile \"sha256\" " + dir + "/hello.txt");
        assertEquals("\"/nix/store/gy454w1cxaq731grqwylhzf4pp9r5izh-hello.txt\"",
                eval("builtins.fetchurl { url = \"file://" + dir + "/hello.txt\"; sha256 = " + sha256 + "; }", true));
    }

    @Test
    void fetchTreeArguments() {
        assertEquals("error: argument 'type' is missing in call to 'fetchTree'", eval("fetchTree { url = \"x\"; }"));
        assertEquals("error: unexpected argument 'type'", eval("fetchGit { type = \"git\"; url = \"x\"; }"));
        assertEquals("error: argument 'name' isn\u2019t supported in call to 'fetchTree'",
                eval("fetchTree { type = \"path\"; path = \"/x\"; name = \"n\"; }"));
        assertEquals("error: argument 'x' to 'fetchTree' is a list while a string, Boolean or integer is expected",
                eval("fetchTree { type = \"path\"; path = \"/x\"; x = []; }"));
        assertEquals("error: input attribute 'x' not supported by scheme 'path'", eval("fetchTree { type = \"path\"; path = \"/x\"; x = 1; }"));
        assertEquals("error: fetching Git submodules ('submodules = true') is not supported by nixj yet, in 'git+file:///r?submodules=1'",
                eval("fetchGit { url = /r; submodules = true; }"));
    }

    @Test
    void fetchTreePathAndFile() {
        assertEquals("[ \"lastModified\" \"lastModifiedDate\" \"narHash\" \"outPath\" ]",
                eval("builtins.attrNames (fetchTree { type = \"path\"; path = \"" + tree + "\"; })"));
        assertEquals("[ \"narHash\" \"outPath\" ]",
                eval("builtins.attrNames (fetchTree { type = \"file\"; url = \"file://" + dir + "/hello.txt\"; })"));
        assertEquals("\"a\\n\"", eval("builtins.readFile \"${fetchTree \"path:" + tree + "\"}/a\""));
        // Facts given in the input are passed through.
        assertEquals("{ lastModified = 5; lastModifiedDate = \"19700101000005\"; rev = \"" + "a".repeat(40) + "\"; shortRev = \"aaaaaaa\"; }",
                eval("removeAttrs (fetchTree { type = \"path\"; path = \"" + tree + "\"; lastModified = 5; rev = \"" + "a".repeat(40)
                        + "\"; }) [ \"narHash\" \"outPath\" ]"));
    }

    @Test
    void aWrongNarHashIsAMismatch() {
        String zero = "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
        String answer = eval("fetchTree { type = \"path\"; path = \"" + tree + "\"; narHash = \"" + zero + "\"; }");
        assertTrue(answer.startsWith("error: NAR hash mismatch in input 'path:" + tree + "?narHash=" + zero.replace("=", "%3D")
                + "', expected '" + zero + "' but got 'sha256-"), answer);
    }

    @Test
    void aLockedGitHubInputInTheStoreIsUsedWithoutDownloading() {
        String rev = "ae2e6b3958682513d28f7d633734571fb18285dd";
        String narHash = eval("(fetchTree { type = \"path\"; path = \"" + tree + "\"; }).narHash");
        String outPath = eval("(fetchTree { type = \"path\"; path = \"" + tree + "\"; }).outPath");
        // (Downloads refused: the tree the NAR hash names is taken from the store.)
        IsolatedIO offline = IsolatedIO.storeIn(dir.resolve("store")).withDownloader(Downloader.refusing());
        assertEquals("{ narHash = " + narHash + "; outPath = " + outPath + "; rev = \"" + rev + "\"; shortRev = \"ae2e6b3\"; }",
                NixInstantiate.nixj("fetchTree { type = \"github\"; owner = \"NixOS\"; repo = \"nixpkgs\"; rev = \"" + rev
                        + "\"; narHash = " + narHash + "; }", EvalSettings.builder().pure(true).build(), offline));
    }
}
