package org.nixj.flake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every URL form of flake references, parsed without a base directory (as {@code builtins.parseFlakeRef}
 * parses), with the attributes Nix gives it and the URL Nix prints for it; the printed URL parses back to
 * the same reference.
 */
class FlakeRefTest {
    private static final String REV = "2aae6c35c94fcfb415dbe95f408b9ce91ee846ed";
    private static final String NAR_HASH = "sha256-tgvHTFvF2ho9BKLNRn8mORqP/fe3o5kdzmF6BUhIWoo=";
    private static final String NAR_HASH_IN_URL = "sha256-tgvHTFvF2ho9BKLNRn8mORqP/fe3o5kdzmF6BUhIWoo%3D";

    static Stream<Arguments> references() {
        return Stream.of(
            // github:, gitlab:, sourcehut:
            row("github:NixOS/nixpkgs/nixos-unstable",
                "{ owner = \"NixOS\"; ref = \"nixos-unstable\"; repo = \"nixpkgs\"; type = \"github\"; }",
                "github:NixOS/nixpkgs/nixos-unstable"),
            row("github:NixOS/nixpkgs", "{ owner = \"NixOS\"; repo = \"nixpkgs\"; type = \"github\"; }", "github:NixOS/nixpkgs"),
            row("github:NixOS/nixpkgs/23.05?dir=lib",
                "{ dir = \"lib\"; owner = \"NixOS\"; ref = \"23.05\"; repo = \"nixpkgs\"; type = \"github\"; }",
                "github:NixOS/nixpkgs/23.05?dir=lib"),
            row("github:NixOS/nixpkgs/" + REV,
                "{ owner = \"NixOS\"; repo = \"nixpkgs\"; rev = \"" + REV + "\"; type = \"github\"; }",
                "github:NixOS/nixpkgs/" + REV),
            row("github:NixOS/nixpkgs/" + REV.toUpperCase(),
                "{ owner = \"NixOS\"; repo = \"nixpkgs\"; rev = \"" + REV.toUpperCase() + "\"; type = \"github\"; }",
                "github:NixOS/nixpkgs/" + REV),
            row("github:NixOS/nixpkgs?ref=release-23.05",
                "{ owner = \"NixOS\"; ref = \"release-23.05\"; repo = \"nixpkgs\"; type = \"github\"; }",
                "github:NixOS/nixpkgs/release-23.05"),
            row("github:NixOS/nixpkgs?rev=" + REV,
                "{ owner = \"NixOS\"; repo = \"nixpkgs\"; rev = \"" + REV + "\"; type = \"github\"; }",
                "github:NixOS/nixpkgs/" + REV),
            row("github:foo/bar/release/23.05",
                "{ owner = \"foo\"; ref = \"release/23.05\"; repo = \"bar\"; type = \"github\"; }",
                "github:foo/bar/release%2F23.05"),
            row("github:foo/bar/branch%23", "{ owner = \"foo\"; ref = \"branch#\"; repo = \"bar\"; type = \"github\"; }",
                "github:foo/bar/branch%23"),
            row("github:foo/bar?ref=branch%23", "{ owner = \"foo\"; ref = \"branch#\"; repo = \"bar\"; type = \"github\"; }",
                "github:foo/bar/branch%23"),
            row("github:NixOS/nixpkgs?host=github.example.com",
                "{ host = \"github.example.com\"; owner = \"NixOS\"; repo = \"nixpkgs\"; type = \"github\"; }",
                "github:NixOS/nixpkgs?host=github.example.com"),
            row("github:NixOS/nixpkgs/nixos-unstable?narHash=" + NAR_HASH_IN_URL + "&unknown=1",
                "{ narHash = \"" + NAR_HASH + "\"; owner = \"NixOS\"; ref = \"nixos-unstable\"; repo = \"nixpkgs\"; type = \"github\"; }",
                "github:NixOS/nixpkgs/nixos-unstable?narHash=" + NAR_HASH_IN_URL),
            row("github://////owner%42/////repo%41///branch%43////",
                "{ owner = \"ownerB\"; ref = \"branchC\"; repo = \"repoA\"; type = \"github\"; }",
                "github:ownerB/repoA/branchC"),
            row("gitlab:veloren/veloren", "{ owner = \"veloren\"; repo = \"veloren\"; type = \"gitlab\"; }", "gitlab:veloren/veloren"),
            row("gitlab:group%2Fsubgroup/repo/main",
                "{ owner = \"group/subgroup\"; ref = \"main\"; repo = \"repo\"; type = \"gitlab\"; }",
                "gitlab:group%2Fsubgroup/repo/main"),
            row("gitlab:/owner%252Fsubgroup/////repo%41///branch%43////",
                "{ owner = \"owner%2Fsubgroup\"; ref = \"branchC\"; repo = \"repoA\"; type = \"gitlab\"; }",
                "gitlab:owner%252Fsubgroup/repoA/branchC"),
            row("gitlab:gnome/gnome-2048?host=gitlab.gnome.org&rev=" + REV,
                "{ host = \"gitlab.gnome.org\"; owner = \"gnome\"; repo = \"gnome-2048\"; rev = \"" + REV + "\"; type = \"gitlab\"; }",
                "gitlab:gnome/gnome-2048/" + REV + "?host=gitlab.gnome.org"),
            row("sourcehut:~misterio/nix-colors",
                "{ owner = \"~misterio\"; repo = \"nix-colors\"; type = \"sourcehut\"; }",
                "sourcehut:~misterio/nix-colors"),
            row("sourcehut:~misterio/nix-colors/main?host=git.example.org",
                "{ host = \"git.example.org\"; owner = \"~misterio\"; ref = \"main\"; repo = \"nix-colors\"; type = \"sourcehut\"; }",
                "sourcehut:~misterio/nix-colors/main?host=git.example.org"),
            // git
            row("git+https://github.com/NixOS/patchelf",
                "{ type = \"git\"; url = \"https://github.com/NixOS/patchelf\"; }",
                "git+https://github.com/NixOS/patchelf"),
            row("git+https://example.org/repo?rev=" + REV + "&ref=main",
                "{ ref = \"main\"; rev = \"" + REV + "\"; type = \"git\"; url = \"https://example.org/repo\"; }",
                "git+https://example.org/repo?ref=main&rev=" + REV),
            row("git+ssh://git@github.com/NixOS/nix?ref=v1.2.3",
                "{ ref = \"v1.2.3\"; type = \"git\"; url = \"ssh://git@github.com/NixOS/nix\"; }",
                "git+ssh://git@github.com/NixOS/nix?ref=v1.2.3"),
            row("git+ssh://git@example.org:2222/repo.git",
                "{ type = \"git\"; url = \"ssh://git@example.org:2222/repo.git\"; }",
                "git+ssh://git@example.org:2222/repo.git"),
            row("git+http://example.org/x?shallow=1&submodules=1&lfs=1",
                "{ lfs = true; shallow = true; submodules = true; type = \"git\"; url = \"http://example.org/x\"; }",
                "git+http://example.org/x?lfs=1&shallow=1&submodules=1"),
            row("git+https://example.org/x?shallow=0&allRefs=1&exportIgnore=true",
                "{ allRefs = true; exportIgnore = false; shallow = false; type = \"git\"; url = \"https://example.org/x\"; }",
                "git+https://example.org/x"),
            row("git+https://example.org/x?foo=bar&revCount=5",
                "{ type = \"git\"; url = \"https://example.org/x?foo=bar&revCount=5\"; }",
                "git+https://example.org/x?foo=bar&revCount=5"),
            row("git+file:///home/user/repo?dir=sub&ref=main",
                "{ dir = \"sub\"; ref = \"main\"; type = \"git\"; url = \"file:///home/user/repo\"; }",
                "git+file:///home/user/repo?dir=sub&ref=main"),
            row("git+file:/home/user/repo", "{ type = \"git\"; url = \"file:/home/user/repo\"; }", "git+file:/home/user/repo"),
            row("git+file:./repo", "{ type = \"git\"; url = \"file:./repo\"; }", "git+file:./repo"),
            row("git://example.org/repo?ref=branch",
                "{ ref = \"branch\"; type = \"git\"; url = \"git://example.org/repo\"; }",
                "git://example.org/repo?ref=branch"),
            // hg
            row("hg+https://hg.example.org/repo?ref=default&rev=" + REV,
                "{ ref = \"default\"; rev = \"" + REV + "\"; type = \"hg\"; url = \"https://hg.example.org/repo\"; }",
                "hg+https://hg.example.org/repo?ref=default&rev=" + REV),
            // tarballs and files
            row("tarball+https://example.org/src", "{ type = \"tarball\"; url = \"https://example.org/src\"; }", "https://example.org/src"),
            row("https://github.com/NixOS/patchelf/archive/master.tar.gz",
                "{ type = \"tarball\"; url = \"https://github.com/NixOS/patchelf/archive/master.tar.gz\"; }",
                "https://github.com/NixOS/patchelf/archive/master.tar.gz"),
            row("https://example.org/a.zip", "{ type = \"tarball\"; url = \"https://example.org/a.zip\"; }", "https://example.org/a.zip"),
            row("http://example.org/a.tar", "{ type = \"tarball\"; url = \"http://example.org/a.tar\"; }", "http://example.org/a.tar"),
            row("https://example.org/a.tgz", "{ type = \"tarball\"; url = \"https://example.org/a.tgz\"; }", "https://example.org/a.tgz"),
            row("https://example.org/a.tar.xz", "{ type = \"tarball\"; url = \"https://example.org/a.tar.xz\"; }", "https://example.org/a.tar.xz"),
            row("https://example.org/a.tar.bz2", "{ type = \"tarball\"; url = \"https://example.org/a.tar.bz2\"; }", "https://example.org/a.tar.bz2"),
            row("https://example.org/a.tar.zst", "{ type = \"tarball\"; url = \"https://example.org/a.tar.zst\"; }", "https://example.org/a.tar.zst"),
            row("file:///srv/src.tar.gz", "{ type = \"tarball\"; url = \"file:///srv/src.tar.gz\"; }", "file:///srv/src.tar.gz"),
            row("https://example.org/no-extension", "{ type = \"tarball\"; url = \"https://example.org/no-extension\"; }",
                "https://example.org/no-extension"),
            row("http://localhost:8181/test/+3d.tar.gz",
                "{ type = \"tarball\"; url = \"http://localhost:8181/test/%2B3d.tar.gz\"; }",
                "http://localhost:8181/test/%2B3d.tar.gz"),
            row("https://example.org/x.tar.gz?narHash=" + NAR_HASH_IN_URL + "&foo=1&name=x&lastModified=7",
                "{ lastModified = 7; narHash = \"" + NAR_HASH + "\"; type = \"tarball\"; url = \"https://example.org/x.tar.gz?foo=1\"; }",
                "https://example.org/x.tar.gz?foo=1&narHash=" + NAR_HASH_IN_URL),
            row("file+https://example.org/file.txt", "{ type = \"file\"; url = \"https://example.org/file.txt\"; }",
                "https://example.org/file.txt"),
            // paths
            row("path:/foo/bar", "{ path = \"/foo/bar\"; type = \"path\"; }", "path:/foo/bar"),
            row("path:///foo/bar", "{ path = \"/foo/bar\"; type = \"path\"; }", "path:/foo/bar"),
            row("path:./rel", "{ path = \"./rel\"; type = \"path\"; }", "path:./rel"),
            row("path:/foo%20bar", "{ path = \"/foo bar\"; type = \"path\"; }", "path:/foo%20bar"),
            row("path:/foo?narHash=" + NAR_HASH_IN_URL + "&lastModified=1700000000",
                "{ lastModified = 1700000000; narHash = \"" + NAR_HASH + "\"; path = \"/foo\"; type = \"path\"; }",
                "path:/foo?lastModified=1700000000&narHash=" + NAR_HASH_IN_URL),
            row("/foo/bar", "{ path = \"/foo/bar\"; type = \"path\"; }", "path:/foo/bar"),
            row("/foo/bar?revCount=123&rev=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "{ path = \"/foo/bar\"; rev = \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"; revCount = 123; type = \"path\"; }",
                "path:/foo/bar?rev=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&revCount=123"),
            row("/foo bar/baz?dir=bla space",
                "{ dir = \"bla space\"; path = \"/foo bar/baz\"; type = \"path\"; }",
                "path:/foo%20bar/baz?dir=bla%20space"),
            row("/foo/../bar", "{ path = \"/foo/../bar\"; type = \"path\"; }", "path:/foo/../bar"),
            // indirect
            row("nixpkgs", "{ id = \"nixpkgs\"; type = \"indirect\"; }", "flake:nixpkgs"),
            row("nixpkgs#", "{ id = \"nixpkgs\"; type = \"indirect\"; }", "flake:nixpkgs"),
            row("nixpkgs/nixos-unstable", "{ id = \"nixpkgs\"; ref = \"nixos-unstable\"; type = \"indirect\"; }",
                "flake:nixpkgs/nixos-unstable"),
            row("nixpkgs/" + REV, "{ id = \"nixpkgs\"; rev = \"" + REV + "\"; type = \"indirect\"; }", "flake:nixpkgs/" + REV),
            row("nixpkgs/" + REV.toUpperCase(), "{ id = \"nixpkgs\"; rev = \"" + REV + "\"; type = \"indirect\"; }",
                "flake:nixpkgs/" + REV),
            row("nixpkgs/branch/" + REV,
                "{ id = \"nixpkgs\"; ref = \"branch\"; rev = \"" + REV + "\"; type = \"indirect\"; }",
                "flake:nixpkgs/branch/" + REV),
            row("nixpkgs/branch////", "{ id = \"nixpkgs\"; ref = \"branch\"; type = \"indirect\"; }", "flake:nixpkgs/branch"),
            row("nixpkgs/branch///" + REV + "///",
                "{ id = \"nixpkgs\"; ref = \"branch\"; rev = \"" + REV + "\"; type = \"indirect\"; }",
                "flake:nixpkgs/branch/" + REV),
            row("flake:nixpkgs", "{ id = \"nixpkgs\"; type = \"indirect\"; }", "flake:nixpkgs"),
            row("flake:nixpkgs/nixos-23.05", "{ id = \"nixpkgs\"; ref = \"nixos-23.05\"; type = \"indirect\"; }",
                "flake:nixpkgs/nixos-23.05"),
            row("flake:nixpkgs?dir=lib&ref=ignored", "{ dir = \"lib\"; id = \"nixpkgs\"; type = \"indirect\"; }", "flake:nixpkgs?dir=lib"),
            row("flake:/nixpkgs///branch////", "{ id = \"nixpkgs\"; ref = \"branch\"; type = \"indirect\"; }", "flake:nixpkgs/branch"),
            row("flake:nixpkgs/release%2F23.05", "{ id = \"nixpkgs\"; ref = \"release/23.05\"; type = \"indirect\"; }",
                "flake:nixpkgs/release%2F23.05"));
    }

    private static Arguments row(String reference, String attrs, String printed) {
        return Arguments.of(reference, attrs, printed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void parsesAndPrintsAsNixDoes(String reference, String attrs, String printed) {
        FlakeRef ref = FlakeRef.parse(reference, null);
        assertEquals(attrs, NixSyntax.attrs(ref.toAttrs()));
        assertEquals(printed, ref.toString());
        FlakeRef again = FlakeRef.parse(printed, null);
        assertEquals(printed, again.toString());
    }
}
