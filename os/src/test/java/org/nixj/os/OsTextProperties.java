package org.nixj.os;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class OsTextProperties {
    @Property
    void anyBytesComeBackFromTheirText(@ForAll byte[] bytes) {
        assertArrayEquals(bytes, OsText.encode(OsText.decode(bytes)));
    }

    @Property
    void utf8DecodesToItsCharactersWithoutEscapes(@ForAll String text) {
        String valid = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertEquals(valid, OsText.decode(valid.getBytes(StandardCharsets.UTF_8)));
        assertFalse(OsText.hasEscapes(valid));
    }

    @Example
    void aByteThatIsNotUtf8IsOneEscapedChar() {
        String text = OsText.decode(new byte[] {'b', 'a', 'd', (byte) 0xff, 'n', 'a', 'm', 'e'});
        assertEquals("bad\uDCFFname", text);
        assertTrue(OsText.hasEscapes(text));
        assertEquals("h\u00e9llo", OsText.decode("h\u00e9llo".getBytes(StandardCharsets.UTF_8)));
    }
}
