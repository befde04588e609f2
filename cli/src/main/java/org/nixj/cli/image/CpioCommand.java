package org.nixj.cli.image;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.nixj.image.compress.Compressor;
import org.nixj.image.cpio.CpioWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nixj image cpio}: a newc cpio archive, compressed for use as an initrd. */
@Command(name = "cpio", description = {
    "Write a newc cpio archive (an initrd), sorted, with fixed inode numbers and times; xz output uses a",
    "CRC32 check as the Linux kernel requires."})
final class CpioCommand implements Callable<Integer> {
    @Mixin
    TreeOptions tree;

    @Option(names = "--compression", paramLabel = "xz|gzip|zstd|lz4|none", defaultValue = "xz", description = "Compressor (default: ${DEFAULT-VALUE}).")
    String compression;

    @Option(names = "--xz-dict-size", paramLabel = "SIZE", defaultValue = "512K", description = "xz dictionary size (default: ${DEFAULT-VALUE}).")
    String dict;

    @Option(names = "--gzip-level", paramLabel = "N", defaultValue = "9", description = "gzip level 1-9 (default: ${DEFAULT-VALUE}).")
    int gzipLevel;

    @Option(names = "--zstd-level", paramLabel = "N", defaultValue = "19", description = "zstd level 1-22 (default: ${DEFAULT-VALUE}).")
    int zstdLevel;

    @Mixin
    OwnerOptions owners;

    @Override
    public Integer call() throws Exception {
        Optional<Compressor> c;
        try {
            c = Compressions.of(compression, dict, null, gzipLevel, zstdLevel);
        } catch (IllegalArgumentException e) {
            throw tree.usage(e.getMessage());
        }
        new CpioWriter(c).write(tree.tree(owners.ownership()), tree.output);
        return 0;
    }
}
