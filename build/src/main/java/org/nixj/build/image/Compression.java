package org.nixj.build.image;

import java.util.Optional;
import org.nixj.build.builder.BuildFailure;
import org.nixj.image.compress.Compressor;
import org.nixj.image.compress.GzipCompressor;
import org.nixj.image.compress.XzCompressor;
import org.nixj.image.compress.ZstdCompressor;
import org.nixj.image.squashfs.CompressionSpec;

/**
 * The compressors NixOS's options name: {@code boot.initrd.compressor} (a program name) and {@code
 * isoImage.squashfsCompression} (mksquashfs's {@code NAME -Xoption value} form, read by imagegen's {@link
 * CompressionSpec}: gzip, xz, zstd, lz4).
 */
final class Compression {
    /** The kernel's xz decoder wants a CRC32 check and a modest dictionary; NixOS's initrd uses 512 KiB. */
    private static final int INITRD_XZ_DICTIONARY = 512 << 10;
    /** nixpkgs' default arguments for a zstd initrd. */
    private static final int INITRD_ZSTD_LEVEL = 10;

    private Compression() {}

    /**
     * The initrd's compressor; empty for {@code cat} or {@code none} (an uncompressed archive). Only the forms
     * the kernel was seen to unpack are offered: xz, zstd (at nixpkgs' level 10) and gzip.
     */
    static Optional<Compressor> initrd(String name) throws BuildFailure {
        return switch (name.trim()) {
            case "cat", "none", "" -> Optional.empty();
            case "xz" -> Optional.of(new XzCompressor(6, INITRD_XZ_DICTIONARY, false));
            case "gzip", "pigz" -> Optional.of(GzipCompressor.standard());
            case "zstd" -> Optional.of(new ZstdCompressor(INITRD_ZSTD_LEVEL));
            default -> throw new BuildFailure("boot.initrd.compressor \"" + name + "\" is not available: nixj writes initrds "
                    + "with xz, zstd and gzip; set boot.initrd.compressor = \"xz\", \"zstd\", \"gzip\" or \"cat\"");
        };
    }

    /** The squashfs compressor {@code spec} names ({@code zstd -Xcompression-level 19}, {@code xz -Xdict-size 100%}, ...). */
    static Compressor squashfs(String spec, int blockSize) throws BuildFailure {
        try {
            return CompressionSpec.parse(spec, blockSize);
        } catch (IllegalArgumentException e) {
            throw new BuildFailure("isoImage.squashfsCompression \"" + spec + "\": " + e.getMessage());
        }
    }
}
