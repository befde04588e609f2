package org.nixj.image.squashfs;

import java.util.Optional;
import org.nixj.image.compress.Compressor;
import org.nixj.image.compress.GzipCompressor;
import org.nixj.image.compress.XzCompressor;
import org.nixj.image.io.Bytes;

/**
 * The squashfs compressor id and the optional options block that follows the superblock (stored as one
 * uncompressed metadata block). gzip writes options only for a non-default level; xz always writes its
 * dictionary size and filter flags (bit 0: x86 BCJ).
 */
public final class CompressorOptions {
    private CompressorOptions() {}

    /** The superblock's compressor id. */
    public static int id(Compressor c) {
        return switch (c) {
            case GzipCompressor g -> Superblock.GZIP;
            case XzCompressor x -> Superblock.XZ;
            default -> throw new IllegalArgumentException("squashfs cannot use the " + c.name() + " compressor");
        };
    }

    /** The options payload (without the metadata header), if this compressor writes one. */
    public static Optional<byte[]> payload(Compressor c) {
        return switch (c) {
            case GzipCompressor g when g.level() != 9 -> {
                byte[] b = new byte[8];
                Bytes.putLE32(b, 0, g.level());
                Bytes.putLE16(b, 4, 15); // window bits
                Bytes.putLE16(b, 6, 0); // strategies: default only
                yield Optional.of(b);
            }
            case XzCompressor x -> {
                byte[] b = new byte[8];
                Bytes.putLE32(b, 0, x.dictionarySize());
                Bytes.putLE32(b, 4, x.x86() ? 1 : 0);
                yield Optional.of(b);
            }
            default -> Optional.empty();
        };
    }
}
