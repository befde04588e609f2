package org.nixj.flake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nixj.fetch.FetchInput;

/** References given as attribute sets (flake inputs, {@code builtins.flakeRefToString}), and what references are. */
class FlakeRefAttrsTest {
    private static final String REV = "2aae6c35c94fcfb415dbe95f408b9ce91ee846ed";
    private static final String NAR_HASH = "sha256-tgvHTFvF2ho9BKLNRn8mORqP/fe3o5kdzmF6BUhIWoo=";
    private static final String NAR_HASH_IN_URL = "sha256-tgvHTFvF2ho9BKLNRn8mORqP/fe3o5kdzmF6BUhIWoo%3D";
    private static final String NAR_HASH_BASE16 = "sha256:b60bc74c5bc5da1a3d04a2cd467f268e412a3ff7f7b7a3991dce617a0545885a";

    /** Attributes from alternating names and values. */
    static Map<String, Object> attrs(Object... namesAndValues) {
        Map<String, Object> attrs = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            attrs.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return attrs;
    }

    static Stream<Arguments> sets() {
        return Stream.of(
            Arguments.of(attrs("type", "github", "owner", "NixOS", "repo", "nixpkgs", "ref", "23.05", "dir", "lib"),
                "{ dir = \"lib\"; owner = \"NixOS\"; ref = \"23.05\"; repo = \"nixpkgs\"; type = \"github\"; }",
                "github:NixOS/nixpkgs/23.05?dir=lib"),
            Arguments.of(attrs("type", "github", "owner", "NixOS", "repo", "nixpkgs", "rev", REV, "narHash", NAR_HASH,
                    "lastModified", 1700000000L),
                "{ lastModified = 1700000000; narHash = \"" + NAR_HASH + "\"; owner = \"NixOS\"; repo = \"nixpkgs\"; rev = \""
                    + REV + "\"; type = \"github\"; }",
                "github:NixOS/nixpkgs/" + REV + "?narHash=" + NAR_HASH_IN_URL),
            Arguments.of(attrs("type", "sourcehut", "owner", "~sircmpwn", "repo", "hare", "host", "git.sr.ht"),
                "{ host = \"git.sr.ht\"; owner = \"~sircmpwn\"; repo = \"hare\"; type = \"sourcehut\"; }",
                "sourcehut:~sircmpwn/hare?host=git.sr.ht"),
            Arguments.of(attrs("type", "indirect", "id", "nixpkgs"), "{ id = \"nixpkgs\"; type = \"indirect\"; }", "flake:nixpkgs"),
            Arguments.of(attrs("type", "indirect", "id", "nixpkgs", "ref", "nixos-unstable", "rev", REV.toUpperCase()),
                "{ id = \"nixpkgs\"; ref = \"nixos-unstable\"; rev = \"" + REV.toUpperCase() + "\"; type = \"indirect\"; }",
                "flake:nixpkgs/nixos-unstable/" + REV),
            Arguments.of(attrs("type", "git", "url", "/srv/repo", "ref", "main", "dir", "sub"),
                "{ dir = \"sub\"; ref = \"main\"; type = \"git\"; url = \"file:///srv/repo\"; }",
                "git+file:///srv/repo?dir=sub&ref=main"),
            Arguments.of(attrs("type", "git", "url", "git@github.com:NixOS/nix.git"),
                "{ type = \"git\"; url = \"ssh://git@github.com/NixOS/nix.git\"; }",
                "git+ssh://git@github.com/NixOS/nix.git"),
            Arguments.of(attrs("type", "git", "url", "git+https://example.org/x", "shallow", true, "allRefs", true,
                    "revCount", 12L, "narHash", NAR_HASH, "exportIgnore", true),
                "{ allRefs = true; exportIgnore = true; narHash = \"" + NAR_HASH + "\"; revCount = 12; shallow = true; type = \"git\"; "
                    + "url = \"https://example.org/x\"; }",
                "git+https://example.org/x?exportIgnore=1&shallow=1"),
            Arguments.of(attrs("type", "git", "url", "https://example.org/x", "publicKey", "AAAAC3", "keytype", "ssh-rsa"),
                "{ keytype = \"ssh-rsa\"; publicKey = \"AAAAC3\"; type = \"git\"; url = \"https://example.org/x\"; }",
                "git+https://example.org/x?keytype=ssh-rsa&publicKey=AAAAC3"),
            Arguments.of(attrs("type", "git", "url", "https://example.org/x",
                    "publicKeys", "[{\"key\":\"AAA\"},{\"type\":\"ssh-rsa\",\"key\":\"BBB\"}]"),
                "{ publicKeys = \"[{\\\"key\\\":\\\"AAA\\\"},{\\\"type\\\":\\\"ssh-rsa\\\",\\\"key\\\":\\\"BBB\\\"}]\"; type = \"git\"; "
                    + "url = \"https://example.org/x\"; }",
                "git+https://example.org/x?publicKeys=%5B%7B%22key%22:%22AAA%22%2C%22type%22:%22ssh-ed25519%22%7D%2C%7B%22key%22:"
                    + "%22BBB%22%2C%22type%22:%22ssh-rsa%22%7D%5D"),
            Arguments.of(attrs("type", "hg", "url", "https://hg.example.org/repo", "ref", "default"),
                "{ ref = \"default\"; type = \"hg\"; url = \"https://hg.example.org/repo\"; }",
                "hg+https://hg.example.org/repo?ref=default"),
            Arguments.of(attrs("type", "path", "path", "/a b", "narHash", NAR_HASH, "lastModified", 5L, "revCount", 3L),
                "{ lastModified = 5; narHash = \"" + NAR_HASH + "\"; path = \"/a b\"; revCount = 3; type = \"path\"; }",
                "path:/a%20b?lastModified=5&narHash=" + NAR_HASH_IN_URL + "&revCount=3"),
            Arguments.of(attrs("type", "tarball", "url", "https://example.org/x.tar.gz?a=1", "narHash", NAR_HASH_BASE16.replace(':', '-'),
                    "name", "source"),
                "{ name = \"source\"; narHash = \"" + NAR_HASH_BASE16.replace(':', '-') + "\"; type = \"tarball\"; "
                    + "url = \"https://example.org/x.tar.gz?a=1\"; }",
                null),
            Arguments.of(attrs("type", "tarball", "url", "https://example.org/x.tar.gz?a=1", "narHash", ""),
                "{ narHash = \"\"; type = \"tarball\"; url = \"https://example.org/x.tar.gz?a=1\"; }",
                "https://example.org/x.tar.gz?a=1&narHash=sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%3D"),
            Arguments.of(attrs("type", "file", "url", "https://example.org/notes.txt"),
                "{ type = \"file\"; url = \"https://example.org/notes.txt\"; }",
                "https://example.org/notes.txt"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("sets")
    void checksAndPrintsAsNixDoes(Map<String, Object> given, String attrs, String printed) {
        FlakeRef ref = FlakeRef.fromAttrs(given);
        assertEquals(attrs, NixSyntax.attrs(ref.toAttrs()));
        if (printed != null) {
            assertEquals(printed, ref.toString());
        } else {
            assertEquals("invalid SRI hash '" + NAR_HASH_BASE16.substring("sha256:".length()) + "'",
                    assertThrows(FlakeException.class, ref::toString).getMessage());
        }
    }

    @Test
    void anInputOfAnUnknownTypeHasAttributesButNoUrl() {
        FlakeRef ref = FlakeRef.fromAttrs(attrs("type", "fossil", "url", "https://example.org", "n", 1L));
        assertEquals("{ n = 1; type = \"fossil\"; url = \"https://example.org\"; }", NixSyntax.attrs(ref.toAttrs()));
        assertEquals("cannot show unsupported input '{\"n\":1,\"type\":\"fossil\",\"url\":\"https://example.org\"}'",
                assertThrows(FlakeException.class, ref::toString).getMessage());
        assertFalse(ref.isLocked());
        assertFalse(ref.isIndirect());
    }

    static Stream<Arguments> invalidSets() {
        String ghJson = "{\"owner\":\"a\",\"ref\":\"a..b\",\"repo\":\"b\",\"type\":\"github\"}";
        return Stream.of(
            Arguments.of(attrs(), "'type' attribute to specify input scheme is required but not provided"),
            Arguments.of(attrs("type", 1L), "input attribute 'type' is not a string {\"type\":1}"),
            Arguments.of(attrs("type", "github", "owner", "a"), "input attribute 'repo' is missing"),
            Arguments.of(attrs("type", "github", "owner", "a", "repo", "b", "foo", true),
                "input attribute 'foo' not supported by scheme 'github'"),
            Arguments.of(attrs("type", "github", "owner", "a", "repo", "b", "ref", "a..b"), "input " + ghJson + " contains an invalid branch/tag name"),
            Arguments.of(attrs("type", "github", "owner", "a", "repo", "b", "ref", "main", "rev", REV),
                "input {\"owner\":\"a\",\"ref\":\"main\",\"repo\":\"b\",\"rev\":\"" + REV + "\",\"type\":\"github\"} contains both a "
                    + "commit hash ('" + REV + "') and a branch/tag name ('main')"),
            Arguments.of(attrs("type", "gitlab", "owner", "a", "repo", "b", "rev", "xyz"), "hash 'xyz' has wrong length for hash algorithm 'sha1'"),
            Arguments.of(attrs("type", "github", "owner", "a", "repo", "b", "host", "git_hub.com"),
                "input {\"host\":\"git_hub.com\",\"owner\":\"a\",\"repo\":\"b\",\"type\":\"github\"} contains an invalid instance host"),
            Arguments.of(attrs("type", "github", "owner", "a", "repo", 2L), "input attribute 'repo' is not a string {\"owner\":\"a\",\"repo\":2,\"type\":\"github\"}"),
            Arguments.of(attrs("type", "git", "url", "https://example.org/x", "ref", "foo.lock"), "invalid Git branch/tag name 'foo.lock'"),
            Arguments.of(attrs("type", "git", "url", "https://example.org/x", "shallow", "yes"), "input attribute 'shallow' is not a Boolean"),
            Arguments.of(attrs("type", "git"), "input attribute 'url' is missing"),
            Arguments.of(attrs("type", "git", "url", "https://exa mple.org/x"), "'https://exa mple.org/x' is not a valid URL: leftover"),
            Arguments.of(attrs("type", "git", "url", "https://example.org/x", "submodules", 1L), "input attribute 'submodules' is not a Boolean"),
            Arguments.of(attrs("type", "indirect", "id", "1abc"), "'1abc' is not a valid flake ID"),
            Arguments.of(attrs("type", "indirect", "id", "nixpkgs", "url", "x"), "input attribute 'url' not supported by scheme 'indirect'"),
            Arguments.of(attrs("type", "hg", "url", "https://example.org/x", "ref", "a b"), "invalid Mercurial branch/tag name 'a b'"),
            Arguments.of(attrs("type", "path"), "input attribute 'path' is missing"),
            Arguments.of(attrs("type", "path", "path", "/x", "ref", "main"), "input attribute 'ref' not supported by scheme 'path'"),
            Arguments.of(attrs("type", "tarball", "url", "https://example.org/x.tar.gz", "revCount", "x"), "input attribute 'revCount' is not an integer"),
            Arguments.of(attrs("type", "fossil", "ref", 1L), "input attribute 'ref' is not a string {\"ref\":1,\"type\":\"fossil\"}"),
            Arguments.of(attrs("type", "github", "owner", "a", "repo", "b", "dir", 1L),
                "input attribute 'dir' is not a string {\"dir\":1,\"owner\":\"a\",\"repo\":\"b\",\"type\":\"github\"}"),
            Arguments.of(attrs("type", "path", "path", "/x", "revCount", -1L), "negative value given for flake ref attr revCount: -1"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidSets")
    void rejectsWhatNixRejects(Map<String, Object> given, String message) {
        assertEquals(message, assertThrows(FlakeException.class, () -> FlakeRef.fromAttrs(given)).getMessage());
    }

    @Test
    void someAttributesAreOnlyCheckedWhenPrinted() {
        FlakeRef noUrl = FlakeRef.fromAttrs(attrs("type", "tarball"));
        assertEquals("input attribute 'url' is missing", assertThrows(FlakeException.class, noUrl::toString).getMessage());
        FlakeRef md5 = FlakeRef.fromAttrs(attrs("type", "tarball", "url", "https://x/y.zip", "narHash", "md5-1B2M2Y8AsgTpgAmY7PhCfg=="));
        assertEquals("narHash must use SHA-256", assertThrows(FlakeException.class, md5::toString).getMessage());
        assertEquals("narHash must use SHA-256", assertThrows(FlakeException.class, md5::isLocked).getMessage());
        FlakeRef gitRev = FlakeRef.fromAttrs(attrs("type", "git", "url", "https://x/y", "rev", "nope"));
        assertEquals("hash 'nope' has wrong length for hash algorithm 'sha1'", assertThrows(FlakeException.class, gitRev::toString).getMessage());
    }

    @Test
    void whatIsLocked() {
        assertTrue(FlakeRef.parse("path:/x?narHash=" + NAR_HASH_IN_URL, null).isLocked());
        assertFalse(FlakeRef.parse("path:/x?rev=" + REV, null).isLocked());
        assertTrue(FlakeRef.parse("git+https://example.org/x?rev=" + REV, null).isLocked());
        assertTrue(FlakeRef.parse("git+https://example.org/x?ref=main&rev=" + REV, null).isLocked());
        assertFalse(FlakeRef.parse("git+https://example.org/x?rev=" + "0".repeat(40), null).isLocked());
        assertFalse(FlakeRef.parse("git+https://example.org/x?ref=main", null).isLocked());
        assertTrue(FlakeRef.parse("github:NixOS/nixpkgs/" + REV, null).isLocked());
        assertFalse(FlakeRef.parse("github:NixOS/nixpkgs/nixos-unstable", null).isLocked());
        assertFalse(FlakeRef.parse("gitlab:a/b?narHash=" + NAR_HASH_IN_URL, null).isLocked());
        assertTrue(FlakeRef.parse("https://example.org/x.tar.gz?narHash=" + NAR_HASH_IN_URL, null).isLocked());
        assertFalse(FlakeRef.parse("https://example.org/x.tar.gz?rev=" + REV, null).isLocked());
        assertTrue(FlakeRef.parse("hg+https://example.org/x?rev=" + REV, null).isLocked());
        assertFalse(FlakeRef.parse("nixpkgs/nixos-unstable/" + REV, null).isLocked());
    }

    @Test
    void onlyFlakeIdsAreIndirect() {
        assertTrue(FlakeRef.parse("nixpkgs", null).isIndirect());
        assertTrue(FlakeRef.parse("flake:nixpkgs/" + REV, null).isIndirect());
        assertFalse(FlakeRef.parse("github:NixOS/nixpkgs", null).isIndirect());
        assertFalse(FlakeRef.parse("/some/flake", null).isIndirect());
    }

    @Test
    void theFetchersGetTheInputWithoutTheSubdirectory() {
        FlakeRef ref = FlakeRef.parse("git+https://example.org/x?dir=sub&ref=main&shallow=1", null);
        assertEquals("sub", ref.subdir());
        FetchInput input = ref.toFetchInput();
        assertEquals(new TreeMap<>(Map.of("type", "git", "url", "https://example.org/x", "ref", "main", "shallow", true)), input.attrs());
        assertEquals("git", input.type());
    }

    @Test
    void optionsForFlakeInputs() {
        FlakeRef.ParseOptions input = new FlakeRef.ParseOptions(true, true, true);
        assertEquals("{ path = \"./sub\"; type = \"path\"; }", NixSyntax.attrs(FlakeRef.parse("./sub", null, input).toAttrs()));
        assertEquals("path:../sibling?dir=x", FlakeRef.parse("../sibling?dir=x", null, input).toString());
        FlakeRef.ParseOptions notAFlake = new FlakeRef.ParseOptions(true, false, true);
        assertEquals("{ type = \"file\"; url = \"https://example.org/data.json\"; }",
                NixSyntax.attrs(FlakeRef.parse("https://example.org/data.json", null, notAFlake).toAttrs()));
        assertEquals("{ type = \"tarball\"; url = \"https://example.org/src.tar.gz\"; }",
                NixSyntax.attrs(FlakeRef.parse("https://example.org/src.tar.gz", null, notAFlake).toAttrs()));
        assertEquals("{ type = \"tarball\"; url = \"https://example.org/data.json\"; }",
                NixSyntax.attrs(FlakeRef.parse("https://example.org/data.json", null).toAttrs()));
    }

    @Test
    void aReferenceIsAValue() {
        assertEquals(FlakeRef.parse("github:NixOS/nixpkgs?dir=lib", null),
                FlakeRef.fromAttrs(attrs("type", "github", "owner", "NixOS", "repo", "nixpkgs", "dir", "lib")));
        assertThrows(UnsupportedOperationException.class, () -> FlakeRef.parse("nixpkgs", null).input().put("ref", "x"));
        assertThrows(IllegalArgumentException.class, () -> FlakeRef.fromAttrs(attrs("type", "path", "path", "/x", "revCount", 1)));
    }
}
