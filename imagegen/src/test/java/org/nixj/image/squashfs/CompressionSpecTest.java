package org.nixj.image.squashfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nixj.image.compress.GzipCompressor;
import org.nixj.image.compress.Lz4Compressor;
import org.nixj.image.compress.XzCompressor;
import org.nixj.image.compress.ZstdCompressor;

class CompressionSpecTest {
    private static final int MIB = 1 << 20;

    @Test
    void readsNixosStyleCompressorSettings() {
        assertEquals(new ZstdCompressor(19), CompressionSpec.parse("zstd -Xcompression-level 19", MIB));
        assertEquals(new ZstdCompressor(15), CompressionSpec.parse("zstd", MIB));
        assertEquals(new XzCompressor(6, MIB, true), CompressionSpec.parse("xz -Xdict-size 100% -Xbcj x86", MIB));
        assertEquals(new XzCompressor(6, 1 << 19, false), CompressionSpec.parse(" xz  -Xdict-size 512K ", MIB));
        assertEquals(new XzCompressor(6, 1 << 17, false), CompressionSpec.parse("xz", 1 << 17));
        assertEquals(new GzipCompressor(6), CompressionSpec.parse("gzip -Xcompression-level 6", MIB));
        assertEquals(GzipCompressor.standard(), CompressionSpec.parse("gzip", MIB));
        assertEquals(new Lz4Compressor(true), CompressionSpec.parse("lz4 -Xhc", MIB));
    }

    @Test
    void rejectsWhatItCannotHonour() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CompressionSpec.parse("lzo", MIB)).getMessage().contains("'lzo'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CompressionSpec.parse("zstd -Xbcj x86", MIB)).getMessage()
                .contains("does not apply to zstd"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CompressionSpec.parse("gzip -Xwindow-size 12", MIB)).getMessage()
                .contains("-Xwindow-size"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CompressionSpec.parse("zstd -Xcompression-level", MIB)).getMessage()
                .contains("needs a value"));
        assertThrows(IllegalArgumentException.class, () -> CompressionSpec.parse("zstd -Xcompression-level 40", MIB));
        assertThrows(IllegalArgumentException.class, () -> CompressionSpec.parse("xz -Xdict-size 1000", MIB));
    }
}
