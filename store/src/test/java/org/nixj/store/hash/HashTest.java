package org.nixj.store.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Known vectors (the hashes of "abc", encodings as Nix 2.8's {@code nix hash} prints them) and Nix's error texts. */
class HashTest {

    @ParameterizedTest
    @CsvSource({
        "md5, 900150983cd24fb0d6963f7d28e17f72, 3jgzhjhz9zjvbb0kyj7jc500ch, kAFQmDzST7DWlj99KOF/cg==",
        "sha1, a9993e364706816aba3e25717850c26c9cd0d89d, kpcd173cq987hw957sx6m0868wv3x6d9, qZk+NkcGgWq6PiVxeFDCbJzQ2J0=",
        "sha256, ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad,"
                + " 1b8m03r63zqhnjf7l5wnldhh7c134ap5vpj0850ymkq1iyzicy5s, ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=",
        "sha512, ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f,"
                + " 2gs8k559z4rlahfx0y688s49m2vvszylcikrfinm30ly9rak69236nkam5ydvly1ai7xac99vxfc4ii84hawjbk876blyk1jfhkbbyx,"
                + " 3a81oZNherrMQXNJriBBMRLm+k6JqX6iCp7u5ktV05ohkpkqJ0/BqDa6PCOj/uu9RU1EI2Q86A4qmslPpUyknw==",
    })
    void knownVectors(String algo, String base16, String nix32, String base64) {
        HashAlgorithm a = HashAlgorithm.parse(algo);
        Hash h = Hash.ofByteString(a, "abc");
        assertEquals(base16, h.format(HashFormat.BASE16, false));
        assertEquals(nix32, h.format(HashFormat.NIX32, false));
        assertEquals(base64, h.format(HashFormat.BASE64, false));
        assertEquals(algo + "-" + base64, h.format(HashFormat.SRI, false));
        assertEquals(algo + ":" + nix32, h.format(HashFormat.NIX32, true));
        for (String text : List.of(base16, base16.toUpperCase(), nix32, base64)) {
            assertEquals(h, Hash.parseAny(text, a), text);
            assertEquals(h, Hash.parseAny(algo + ":" + text, null), text);
            assertEquals(h, Hash.parseAny(algo + ":" + text, a), text);
        }
        assertEquals(h, Hash.parseAny(algo + "-" + base64, null));
        assertEquals(h, Hash.parseSri(algo + "-" + base64));
        // Nix's base-64 decoder stops at the padding and accepts text without it.
        assertEquals(h, Hash.parseAny(algo + "-" + base64.replace("=", ""), null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc|hash 'abc' does not include a type, nor is the type otherwise known from context",
        "sha256:abc|hash 'abc' has wrong length for hash algorithm 'sha256'",
        "foo:abc|unknown hash algorithm 'foo', expect 'blake3', 'md5', 'sha1', 'sha256', or 'sha512'",
        "sha256-abc|invalid SRI hash 'abc'",
        "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAF!0=|invalid SRI hash 'ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAF!0='",
        "sha256:zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz|invalid base-32 hash 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'",
        "sha256:eb8m03r63zqhnjf7l5wnldhh7c134ap5vpj0850ymkq1iyzicy5s|invalid base-32 hash 'eb8m03r63zqhnjf7l5wnldhh7c134ap5vpj0850ymkq1iyzicy5s'",
        "sha256:ga7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad|invalid base-16 hash 'ga7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'",
        "sha256:ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAF!0=|invalid base-64 hash 'ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAF!0='",
        "blake3:abc|experimental Nix feature 'blake3-hashes' is disabled; add '--extra-experimental-features blake3-hashes' to enable it",
    })
    void parseErrors(String text, String message) {
        assertEquals(message, assertThrows(HashException.class, () -> Hash.parseAny(text, null)).getMessage());
    }

    @org.junit.jupiter.api.Test
    void algorithmsMustAgree() {
        HashException e = assertThrows(HashException.class,
                () -> Hash.parseAny("md5:900150983cd24fb0d6963f7d28e17f72", HashAlgorithm.SHA256));
        assertEquals("hash 'md5:900150983cd24fb0d6963f7d28e17f72' should have type 'sha256'", e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void nix32KeepsTheHighBitsOfTheLastByteInTheFirstDigit() {
        // 52 digits hold 260 bits; the 4 spare bits must be zero, so only 0 and 1 may lead.
        assertEquals("f".repeat(64), Hash.parseAny("1" + "z".repeat(51), HashAlgorithm.SHA256).format(HashFormat.BASE16, false));
        assertThrows(HashException.class, () -> Hash.parseAny("2" + "z".repeat(51), HashAlgorithm.SHA256));
        assertEquals("0".repeat(64), Hash.parseAny("sha256-" + "A".repeat(43), null).format(HashFormat.BASE16, false));
    }

    @org.junit.jupiter.api.Test
    void formatNamesAndTheBase32Alias() {
        List<String> warnings = new ArrayList<>();
        assertEquals(HashFormat.NIX32, HashFormat.parse("base32", warnings::add));
        assertEquals(List.of("\"base32\" is a deprecated alias for hash format \"nix32\"."), warnings);
        assertEquals(HashFormat.SRI, HashFormat.parse("sri", warnings::add));
        assertEquals("unknown hash format 'hex', expect 'base16', 'base32', 'base64', or 'sri'",
                assertThrows(HashException.class, () -> HashFormat.parse("hex", warnings::add)).getMessage());
    }
}
