package org.nixj.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Nix's rule for {@code allowed-uris} in restricted mode. */
class RestrictedModeTest {
    @Test
    void aPrefixAllowsItselfAndWhatContinuesItAfterASlash() {
        List<String> allowed = List.of("https://example.org/a", "https://cache.example.org/");
        assertTrue(RestrictedMode.allowed("https://example.org/a", allowed));
        assertTrue(RestrictedMode.allowed("https://example.org/a/b.tar.gz", allowed));
        assertFalse(RestrictedMode.allowed("https://example.org/ab", allowed), "not a path under the prefix");
        assertTrue(RestrictedMode.allowed("https://cache.example.org/x", allowed));
        assertFalse(RestrictedMode.allowed("http://example.org/a", allowed));
    }

    @Test
    void aSchemeAllowsEveryUrlOfIt() {
        assertTrue(RestrictedMode.allowed("https://anything.example/x", List.of("https:")));
        assertFalse(RestrictedMode.allowed("http://anything.example/x", List.of("https:")));
        assertFalse(RestrictedMode.allowed("https://x", List.of("")), "an empty prefix allows nothing");
    }
}
