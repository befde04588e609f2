package org.nixj.image.compress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nixj.image.testing.Tools;

class CompressorTest {
    @TempDir
    Path tmp;

    private static final List<Compressor> ALL = List.of(GzipCompressor.standard(), new XzCompressor(6, 1 << 16, true),
            new ZstdCompressor(19), new ZstdCompressor(1), new Lz4Compressor(false), new Lz4Compressor(true));

    @Property(tries = 60)
    void everyBlockDecompressesToItself(@ForAll @Size(max = 5000) List<Byte> bytes) throws Exception {
        byte[] data = new byte[bytes.size() + 16];
        for (int i = 0; i < bytes.size(); i++) {
            data[i] = bytes.get(i);
        }
        for (Compressor c : ALL) {
            byte[] packed = c.compressBlock(data, bytes.size());
            byte[] back = c.decompressBlock(packed, bytes.size());
            assertArrayEquals(java.util.Arrays.copyOf(data, bytes.size()), back, c.toString());
            assertArrayEquals(packed, c.compressBlock(data, bytes.size()), "deterministic: " + c);
        }
    }

    /** Text-like data that compresses, with a megabyte of noise so streams cross lz4's 8 MiB chunks. */
    private static byte[] sample() {
        Random r = new Random(42);
        byte[] b = new byte[9 << 20];
        String words = "squashfs initrd kernel module store path nixos ";
        for (int i = 0; i < b.length; i++) {
            b[i] = i < (1 << 20) ? (byte) r.nextInt() : (byte) words.charAt((i * 7 + i / 13) % words.length());
        }
        return b;
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "xz", "zstd", "lz4"})
    void streamsAreReadByTheStandardTool(String tool) throws Exception {
        Tools.require(tool);
        Compressor c = switch (tool) {
            case "gzip" -> new GzipCompressor(6);
            case "xz" -> new XzCompressor(1, 1 << 20, false);
            case "zstd" -> new ZstdCompressor(3);
            default -> new Lz4Compressor(false);
        };
        byte[] data = sample();
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (OutputStream s = c.compressStream(bos)) {
            s.write(data, 0, 12345);
            s.write(data, 12345, data.length - 12345);
        }
        Path f = Files.write(tmp.resolve("data." + tool), bos.toByteArray());
        Path out = tmp.resolve("plain");
        Tools.ok("sh", "-c", tool + " -dc < '" + f + "' > '" + out + "'");
        assertArrayEquals(data, Files.readAllBytes(out));
        assertTrue(bos.size() < data.length / 2, tool + " did not compress: " + bos.size());
    }

    /**
     * A stream whose output fails (a full disk), closed by try-with-resources as the image writers close them:
     * the failure is the disk's, not xz-java's exception suppressed into itself ("Self-suppression not
     * permitted").
     */
    @ParameterizedTest
    @ValueSource(strings = {"gzip", "xz", "zstd", "lz4"})
    void aFailingOutputIsReportedAsItself(String name) {
        Compressor c = switch (name) {
            case "gzip" -> new GzipCompressor(6);
            case "xz" -> new XzCompressor(1, 1 << 20, false);
            case "zstd" -> new ZstdCompressor(3);
            default -> new Lz4Compressor(false);
        };
        OutputStream full = new OutputStream() {
            private long written;

            @Override
            public void write(int b) throws java.io.IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                written += len;
                if (written > 4096) {
                    throw new java.io.IOException("No space left on device");
                }
            }
        };
        byte[] data = new byte[4 << 20];
        new Random(3).nextBytes(data);
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> {
            try (OutputStream out = new java.io.BufferedOutputStream(c.compressStream(full), 1 << 16)) {
                out.write(data);
            }
        });
        org.junit.jupiter.api.Assertions.assertEquals("No space left on device", e.getMessage());
    }
}
