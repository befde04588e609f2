package org.nixj.image.squashfs;

import java.util.Optional;
import org.nixj.image.compress.Compressor;
import org.nixj.image.compress.GzipCompressor;
import org.nixj.image.compress.Lz4Compressor;
import org.nixj.image.compress.XzCompressor;
import org.nixj.image.compress.ZstdCompressor;
import org.nixj.image.io.Bytes;

/**
 * The squashfs compressor id and the optional options block that follows the superblock (stored as one
 * uncompressed metadata block), as squashfs-tools reads them. gzip writes options only for a non-default
 * level; xz always writes its dictionary size and filter flags (bit 0: x86 BCJ); zstd writes its level when
 * it is not mksquashfs's default 15; lz4 always writes its format version (1, the block format the kernel
 * reads) and flags (bit 0: HC), because unsquashfs refuses an lz4 image without them.
 */
public final class CompressorOptions {
    /** lz4 options' version field: the raw LZ4 block format ("legacy" in squashfs-tools and the kernel). */
    static final int LZ4_LEGACY = 1;

    private CompressorOptions() {}

    /** The superblock's compressor id. */
    public static int id(Compressor c) {
        return switch (c) {
            case GzipCompressor g -> Superblock.GZIP;
            case XzCompressor x -> Superblock.XZ;
            case ZstdCompressor z -> Superblock.ZSTD;
            case Lz4Compressor l -> Superblock.LZ4;
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
            case ZstdCompressor z when z.level() != ZstdCompressor.SQUASHFS_DEFAULT_LEVEL -> {
                byte[] b = new byte[4];
                Bytes.putLE32(b, 0, z.level());
                yield Optional.of(b);
            }
            case Lz4Compressor l -> {
                byte[] b = new byte[8];
                Bytes.putLE32(b, 0, LZ4_LEGACY);
                Bytes.putLE32(b, 4, l.highCompression() ? 1 : 0);
                yield Optional.of(b);
            }
            default -> Optional.empty();
        };
    }
}
