package org.nixj.flake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Malformed references and Nix's messages for them, parsed without a base directory. A URL that an input
 * type finds malformed is tried again as a file name, as in Nix, so it is reported as not being absolute.
 */
class FlakeRefErrorsTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "nixpkgs#hello|unexpected fragment 'hello' in flake reference 'nixpkgs#hello'",
        "github:NixOS/nixpkgs#%22x%22|unexpected fragment '\"x\"' in flake reference 'github:NixOS/nixpkgs#%22x%22'",
        "/foo/bar#bla|unexpected fragment 'bla' in flake reference '/foo/bar#bla'",
        "``|flake reference '' is not an absolute path",
        "./foo|flake reference './foo' is not an absolute path",
        "../foo|flake reference '../foo' is not an absolute path",
        "1abc|flake reference '1abc' is not an absolute path",
        "github:NixOS|flake reference 'github:NixOS' is not an absolute path",
        "github:NixOS/nixpkgs/bad..ref|flake reference 'github:NixOS/nixpkgs/bad..ref' is not an absolute path",
        "github:a/b/c?ref=d|flake reference 'github:a/b/c?ref=d' is not an absolute path",
        "github:a/b?host=git_hub.com|flake reference 'github:a/b?host=git_hub.com' is not an absolute path",
        "git+https://example.org/r?ref=foo.lock|flake reference 'git+https://example.org/r?ref=foo.lock' is not an absolute path",
        "git+file://host/repo|flake reference 'git+file://host/repo' is not an absolute path",
        "flake:1abc|flake reference 'flake:1abc' is not an absolute path",
        "https://exa mple.org/x.tar.gz|flake reference 'https://exa mple.org/x.tar.gz' is not an absolute path",
        "foo:bar|input 'foo:bar' is unsupported",
        "ftp://example.org/x.tar.gz|input 'ftp://example.org/x.tar.gz' is unsupported",
        "file+git:///repo|input 'file+git:///repo' is unsupported; did you mean 'git+file' instead of 'file+git'?",
        "nixpkgs/release/23.05|in flake URL 'flake:nixpkgs/release/23.05', '23.05' is not a commit hash",
        "nixpkgs/a..b|in flake URL 'flake:nixpkgs/a..b', 'a..b' is not a commit hash or branch/tag name",
        "nixpkgs/@|in flake URL 'flake:nixpkgs/@', '@' is not a commit hash or branch/tag name",
        "nixpkgs/a..b/2aae6c35c94fcfb415dbe95f408b9ce91ee846ed|in flake URL 'flake:nixpkgs/a..b/2aae6c35c94fcfb415dbe95f408b9ce91ee846ed', 'a..b' is not a branch/tag name",
        "github:NixOS/nixpkgs?rev=abc|hash 'abc' has wrong length for hash algorithm 'sha1'",
        "path:/foo?bad=1|path URL 'path:/foo?bad=1' has unsupported parameter 'bad'",
        "path:/foo?dir=x&revCount=x|path URL 'path:/foo?revCount=x' has invalid parameter 'revCount'",
        "path://host/foo|path URL 'path://host/foo' should not have an authority ('host')",
        "/foo/bar?xyzzy=123|path URL 'path:///foo/bar?xyzzy=123' has unsupported parameter 'xyzzy'",
        "/foo?a=%zz|invalid URI query 'a=%zz': bad hexdig in pct-encoding",
        "/foo?a=[b]|invalid URI query 'a=[b]': leftover",
        "/foo#%zz|invalid URI parameter '%zz': bad hexdig in pct-encoding",
    })
    void reportsWhatNixReports(String reference, String message) {
        assertEquals(message, assertThrows(FlakeException.class, () -> FlakeRef.parse(reference, null)).getMessage());
    }
}
