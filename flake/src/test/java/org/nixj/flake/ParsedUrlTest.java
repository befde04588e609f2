package org.nixj.flake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** URLs as Nix's parser splits and prints them (RFC 3986, plus the leniency flake references get). */
class ParsedUrlTest {
    @Test
    void splitsEveryPart() {
        ParsedUrl url = ParsedUrl.parse("git+ssh://git:secret@example.org:2222/a/b%20c?x=1&y=%2F#frag%21", false);
        assertEquals("git+ssh", url.scheme);
        assertEquals("git", url.authority.user());
        assertEquals("secret", url.authority.password());
        assertEquals("example.org", url.authority.host());
        assertEquals(2222, url.authority.port());
        assertEquals(List.of("", "a", "b c"), url.path);
        assertEquals(Map.of("x", "1", "y", "/"), url.query);
        assertEquals("frag!", url.fragment);
    }

    @Test
    void aUrlWithoutAuthorityKeepsItsPathAsItIs() {
        ParsedUrl url = ParsedUrl.parse("github:NixOS/nixpkgs", false);
        assertNull(url.authority);
        assertEquals(List.of("NixOS", "nixpkgs"), url.path);
        assertEquals(List.of("", "nixpkgs", "", "branch", ""), ParsedUrl.parse("flake:/nixpkgs//branch/", false).path);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "https://example.org/a/b|https://example.org/a/b",
        "http://localhost:8181/test/+3d.tar.gz|http://localhost:8181/test/%2B3d.tar.gz",
        "path:/foo%20bar|path:/foo%20bar",
        "file:/tmp/x|file:/tmp/x",
        "file:///tmp/x|file:///tmp/x",
        "git+file:|git+file:/",
        "https://x/?b=2&a=1&a=3|https://x/?a=1&b=2",
        "https://x/?q=a+b%2Bc|https://x/?q=a%2Bb%2Bc",
        "https://x/?path=/a:b@c?d|https://x/?path=/a:b@c?d",
        "https://x/p?novalue&k=v|https://x/p?k=v",
        "https://EXAMPLE.org/%7Euser|https://EXAMPLE.org/~user",
        "https://[::1]:8080/x|https://[::1]:8080/x",
        "https://127.0.0.1/x|https://127.0.0.1/x",
        "ssh://us%65r@host/p|ssh://user@host/p",
        "https://x/a#b%20c|https://x/a#b%20c",
    })
    void printsWhatItParsed(String url, String printed) {
        assertEquals(printed, ParsedUrl.parse(url, false).toString());
    }

    @Test
    void leniencyAcceptsSpacesAndQuotesInTheQueryAndFragment() {
        ParsedUrl url = ParsedUrl.parse("github:a/b?dir=x y\"z#\"name.with.dot\" ^", true);
        assertEquals("x y\"z", url.query.get("dir"));
        assertEquals("\"name.with.dot\" ^", url.fragment);
        assertEquals("'github:a/b?dir=x y' is not a valid URL: leftover",
                assertThrows(BadUrlException.class, () -> ParsedUrl.parse("github:a/b?dir=x y", false)).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "https://exa mple.org/|'https://exa mple.org/' is not a valid URL: leftover",
        "https://x/%zz|'https://x/%zz' is not a valid URL: bad hexdig in pct-encoding",
        "https://x/%2|'https://x/%2' is not a valid URL: incomplete pct-encoding",
        "https://x/[a]|'https://x/[a]' is not a valid URL: leftover",
        "https://x:port/|'https://x:port/' is not a valid URL: leftover",
        "https://x:0/|port '0' is invalid",
        "https://x:65536/|port '65536' is invalid",
        "./relative|'./relative' doesn't have a scheme",
        "``|'' doesn't have a scheme",
        "1a:b|'1a:b' is not a valid URL: leftover",
        "file://host/x|file:// URL 'file://host/x' has unexpected authority 'host'",
        "git+file://host/x|file:// URL 'git+file://host/x' has unexpected authority 'host'",
    })
    void rejectsMalformedUrls(String url, String message) {
        assertEquals(message, assertThrows(BadUrlException.class, () -> ParsedUrl.parse(url, true)).getMessage());
    }

    @Test
    void encodesAllButUnreservedCharactersAndThoseAllowedWhereTheyAre() {
        assertEquals("a%20b%2Fc%C3%A9~", ParsedUrl.percentEncode("a b/cé~", ""));
        assertEquals("a:b@c%2Fd", ParsedUrl.encodePath(List.of("a:b@c/d")));
        assertEquals("/a/b", ParsedUrl.encodePath(List.of("", "a", "b")));
        assertEquals("k=a:b@c/d?e%26f%3Dg%2Bh", ParsedUrl.encodeQuery(Map.of("k", "a:b@c/d?e&f=g+h")));
        assertEquals("é", ParsedUrl.percentDecode("%C3%A9"));
    }

    @Test
    void aFileNameMustNotHoldSlashesOrNul() {
        assertEquals("/a/b", ParsedUrl.parse("path:/a/b", false).filePath());
        assertEquals("URL path component 'a/b' contains '/', which is not allowed in file names",
                assertThrows(BadUrlException.class, () -> ParsedUrl.parse("path:/a%2Fb", false).filePath()).getMessage());
        assertEquals("URL path component 'a\u2400' contains NUL byte which is not allowed",
                assertThrows(BadUrlException.class, () -> ParsedUrl.parse("path:/a%00", false).filePath()).getMessage());
    }
}
