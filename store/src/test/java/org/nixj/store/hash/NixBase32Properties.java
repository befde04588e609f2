package org.nixj.store.hash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every encoding decodes to the bytes it came from, in every format and for every algorithm. */
class NixBase32Properties {

    @Property
    void nix32RoundTrips(@ForAll("bytes") byte[] bytes) {
        String text = NixBase32.encode(bytes);
        assertEquals(NixBase32.encodedLength(bytes.length), text.length());
        assertArrayEquals(bytes, NixBase32.decode(text, bytes.length));
    }

    @Property
    void everyFormatRoundTrips(@ForAll HashAlgorithm algorithm, @ForAll HashFormat format, @ForAll byte[] data) {
        if (algorithm == HashAlgorithm.BLAKE3) {
            return;
        }
        Hash h = Hash.of(algorithm, data);
        assertEquals(h, Hash.parseAny(h.format(format, false), algorithm));
        assertEquals(h, Hash.parseAny(h.format(format, true), null));
        assertEquals(h, Hash.parseAnyPrefixed(h.format(format, true)));
    }

    @Property
    void nix32DigitsAreLeastSignificantFirst(@ForAll("bytes") byte[] bytes) {
        // The last digit is the low five bits of the first byte.
        if (bytes.length > 0) {
            String text = NixBase32.encode(bytes);
            assertEquals(NixBase32.ALPHABET.charAt(bytes[0] & 0x1f), text.charAt(text.length() - 1));
        }
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(70);
    }
}
