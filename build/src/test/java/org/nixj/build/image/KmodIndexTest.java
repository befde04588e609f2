package org.nixj.build.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/**
 * kmod's binary index, byte for byte as libkmod reads it (Debian's kmod 30 resolved dependencies and aliases
 * from a whole kernel's index written this way; these cases pin the format down).
 */
class KmodIndexTest {
    @Test
    void aSingleKeyIsARootWithOneChildHoldingTheValue() {
        KmodIndex index = new KmodIndex();
        index.insert("ab", "x", 7);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(new byte[] {(byte) 0xB0, 0x07, (byte) 0xF4, 0x57, 0, 2, 0, 1});
        // Root offset: 24, with the children flag.
        expected.writeBytes(new byte[] {0x20, 0, 0, 24});
        // The child at 12: prefix "b", one value (priority 7, "x").
        expected.writeBytes(new byte[] {'b', 0, 0, 0, 0, 1, 0, 0, 0, 7, 'x', 0});
        // The root at 24: children from 'a' to 'a', the child's offset with the prefix and values flags.
        expected.writeBytes(new byte[] {'a', 'a', (byte) 0xC0, 0, 0, 12});
        assertArrayEquals(expected.toByteArray(), index.bytes());
    }

    @Test
    void keysSharingAPrefixSplitTheNodeAndValuesKeepTheirPriorityOrder() {
        KmodIndex index = new KmodIndex();
        index.insert("virtio_net", "a", 5);
        index.insert("virtio_blk", "b", 1);
        index.insert("virtio_net", "c", 2);
        byte[] bytes = index.bytes();
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        // The shared "irtio_" becomes one node's prefix; each key keeps its tail.
        assertEquals(1, text.split("irtio_", -1).length - 1, text);
        // virtio_net's values: priority 2 ("c") before priority 5 ("a").
        int c = text.indexOf("c\0");
        int a = text.indexOf("a\0");
        assertTrue(c >= 0 && a > c, text);
    }

    @Test
    void aliasesAreKeyedWithUnderscoresOutsideCharacterSets() {
        assertEquals("usb:v1234p*d*dc*dsc*dp*ic09isc*ip*in*", DepmodBuilder.normaliseAlias("usb:v1234p*d*dc*dsc*dp*ic09isc*ip*in*"));
        assertEquals("fs_btrfs", DepmodBuilder.normaliseAlias("fs-btrfs"));
        assertEquals("a_[x-y]", DepmodBuilder.normaliseAlias("a-[x-y]"));
        assertNull(DepmodBuilder.normaliseAlias("a-[x"));
    }
}
