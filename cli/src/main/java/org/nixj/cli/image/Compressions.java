package org.nixj.cli.image;

import java.util.Optional;
import org.nixj.image.compress.Compressor;
import org.nixj.image.compress.GzipCompressor;
import org.nixj.image.compress.Lz4Compressor;
import org.nixj.image.compress.XzCompressor;
import org.nixj.image.compress.ZstdCompressor;

/**
 * Turns the {@code --compression}, {@code --xz-dict-size}, {@code --bcj}, {@code --gzip-level} and
 * {@code --zstd-level} options into a compressor.
 */
final class Compressions {
    private Compressions() {}

    /** Empty for "none"; an {@link IllegalArgumentException} with a usage message for anything unknown. */
    static Optional<Compressor> of(String name, String xzDict, String bcj, int gzipLevel, int zstdLevel) {
        return switch (name) {
            case "none" -> Optional.empty();
            case "gzip" -> Optional.of(new GzipCompressor(gzipLevel));
            case "xz" -> Optional.of(new XzCompressor(6, size(xzDict), bcjFlag(bcj)));
            case "zstd" -> Optional.of(new ZstdCompressor(zstdLevel));
            case "lz4" -> Optional.of(new Lz4Compressor(false));
            default -> throw new IllegalArgumentException("unknown compression '" + name + "'; use xz, gzip, zstd or lz4");
        };
    }

    private static boolean bcjFlag(String bcj) {
        return switch (bcj == null ? "" : bcj) {
            case "" -> false;
            case "x86" -> true;
            default -> throw new IllegalArgumentException("only the x86 BCJ filter is supported, not '" + bcj + "'");
        };
    }

    /** Parses sizes like {@code 1048576}, {@code 512K}, {@code 1M} that fit an {@code int}. */
    static int size(String s) {
        long n = bytes(s);
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("'" + s + "' is too large here (at most 2 GiB)");
        }
        return (int) n;
    }

    /** Parses sizes like {@code 1048576}, {@code 512K}, {@code 64M}, {@code 3G}. */
    static long bytes(String s) {
        String t = s.trim().toUpperCase(java.util.Locale.ROOT);
        long mul = 1;
        if (t.endsWith("K") || t.endsWith("KIB")) {
            mul = 1024;
        } else if (t.endsWith("M") || t.endsWith("MIB")) {
            mul = 1 << 20;
        } else if (t.endsWith("G") || t.endsWith("GIB")) {
            mul = 1L << 30;
        }
        String digits = t.replaceAll("(KIB|MIB|GIB|K|M|G)$", "");
        try {
            return Math.multiplyExact(Long.parseLong(digits), mul);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + s + "' is not a size (e.g. 1048576, 512K, 1M, 3G)");
        }
    }
}
