package org.nixj.flake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Branch and tag names as Nix (through libgit2) accepts them. */
class GitRefNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "main|true",
        "nixos-unstable|true",
        "release/23.05|true",
        "v1.2.3|true",
        "refs/heads/main|true",
        "HEAD|true",
        "FETCH_HEAD|true",
        "branch#|true",
        "a,b|true",
        "@foo|true",
        "é|true",
        "-x/y|true",
        "@|false",
        "``|false",
        "-x|false",
        "foo.lock|false",
        "foo.lock/bar|false",
        "a..b|false",
        ".hidden|false",
        "a/.hidden|false",
        "trailing.|false",
        "trailing/|false",
        "/leading|false",
        "a//b|false",
        "with space|false",
        "a~b|false",
        "a^b|false",
        "a:b|false",
        "a?b|false",
        "a*b|false",
        "a[b|false",
        "a\\b|false",
        "a@{b|false",
        "a\u007fb|false",
        "tab\tx|false",
    })
    void followsGitsRules(String name, boolean legal) {
        assertEquals(legal, GitRefNames.isLegal(name), name);
    }
}
