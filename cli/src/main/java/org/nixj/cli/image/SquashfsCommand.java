package org.nixj.cli.image;

import java.util.concurrent.Callable;
import org.nixj.image.compress.Compressor;
import org.nixj.image.squashfs.BlockCache;
import org.nixj.image.squashfs.CompressionSpec;
import org.nixj.image.squashfs.SquashfsWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nixj image squashfs}: a squashfs 4.0 image as NixOS's live ISO carries its store in. */
@Command(name = "squashfs", description = "Write a squashfs 4.0 image: everything owned by root unless --keep-owners or --keep-owners-under "
        + "says otherwise, root directory mode 0755, identical files stored once, small files packed into "
        + "fragments, blocks compressed in parallel (the output does not depend on the number of threads).")
final class SquashfsCommand implements Callable<Integer> {
    @Mixin
    TreeOptions tree;

    @Option(names = "--compression", paramLabel = "NAME", defaultValue = "xz", description = "Compressor: xz, gzip, zstd or lz4 (default: ${DEFAULT-VALUE}); or mksquashfs's words as NixOS's "
            + "isoImage.squashfsCompression gives them, e.g. \"zstd -Xcompression-level 19\".")
    String compression;

    @Option(names = "--block-size", paramLabel = "SIZE", defaultValue = "1M", description = "Data block size, 4K to 1M (default: ${DEFAULT-VALUE}).")
    String blockSize;

    @Option(names = "--xz-dict-size", paramLabel = "SIZE", description = "xz dictionary size, 2^n or 3*2^n (default: the block size).")
    String dict;

    @Option(names = "--bcj", paramLabel = "x86", description = "Also try the x86 BCJ filter on every block (xz only) and keep the smaller result.")
    String bcj;

    @Option(names = "--gzip-level", paramLabel = "N", defaultValue = "9", description = "gzip level 1-9 (default: ${DEFAULT-VALUE}).")
    int gzipLevel;

    @Option(names = "--zstd-level", paramLabel = "N", defaultValue = "19", description = "zstd level 1-22 (default: ${DEFAULT-VALUE}, NixOS's).")
    int zstdLevel;

    @Option(names = "--threads", paramLabel = "N", description = "Compression threads (default: all cores).")
    Integer threads;

    @Option(names = "--no-fragments", description = "Do not pack small files into fragment blocks.")
    boolean noFragments;

    @Option(names = "--no-dedup", description = "Do not share the blocks of identical files.")
    boolean noDedup;

    @Mixin
    OwnerOptions owners;

    @Option(names = "--block-cache", paramLabel = "DIR", description = "Keep compressed blocks in DIR and reuse them in later "
            + "runs: only blocks not seen before are compressed, and the image is the same bytes as without the cache.")
    java.nio.file.Path blockCache;

    @Override
    public Integer call() throws Exception {
        SquashfsWriter.Options o;
        try {
            int block = Compressions.size(blockSize);
            SquashfsWriter.Options.requireValidBlockSize(block);
            Compressor c = compression.isBlank() || compression.strip().contains(" ")
                    ? CompressionSpec.parse(compression, block)
                    : Compressions.of(compression, dict == null ? blockSize : dict, bcj, gzipLevel, zstdLevel)
                            .orElseThrow(() -> new IllegalArgumentException("squashfs needs a compressor: xz, gzip, zstd or lz4"));
            if (bcj != null && !compression.equals("xz")) {
                throw new IllegalArgumentException("--bcj works only with --compression xz");
            }
            int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            o = new SquashfsWriter.Options(c, block, !noFragments, !noDedup, n, tree.epoch(), 0755);
        } catch (IllegalArgumentException e) {
            throw tree.usage(e.getMessage());
        }
        if (blockCache != null) {
            o = o.withBlockCache(BlockCache.open(blockCache, o.compressor()));
        }
        new SquashfsWriter(o).write(tree.tree(owners.ownership()), tree.output);
        return 0;
    }
}
