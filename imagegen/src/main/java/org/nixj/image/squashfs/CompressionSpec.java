package org.nixj.image.squashfs;

import java.util.List;
import java.util.Locale;
import org.nixj.image.compress.Compressor;
import org.nixj.image.compress.GzipCompressor;
import org.nixj.image.compress.Lz4Compressor;
import org.nixj.image.compress.XzCompressor;
import org.nixj.image.compress.ZstdCompressor;

/**
 * Reads a compressor in mksquashfs's words, the form NixOS's {@code isoImage.squashfsCompression} takes:
 * a name followed by {@code -X} options, e.g. {@code zstd -Xcompression-level 19}, {@code xz -Xdict-size
 * 100% -Xbcj x86}, {@code gzip -Xcompression-level 6}, {@code lz4 -Xhc}. Defaults are mksquashfs's (gzip 9,
 * zstd 15, xz with a dictionary of one block). A builder handed that option passes it here unchanged.
 */
public final class CompressionSpec {
    private CompressionSpec() {}

    /**
     * The compressor {@code spec} names, for images with {@code blockSize}-byte blocks.
     *
     * @throws IllegalArgumentException naming the word that is not understood
     */
    public static Compressor parse(String spec, int blockSize) {
        List<String> words = List.of(spec.trim().split("\\s+"));
        String name = words.getFirst().toLowerCase(Locale.ROOT);
        int level = -1;
        int dict = blockSize;
        boolean bcj = false;
        boolean hc = false;
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            switch (w) {
                case "-Xcompression-level" -> level = number(value(words, ++i, w), w);
                case "-Xdict-size" -> dict = dictionary(value(words, ++i, w), blockSize);
                case "-Xbcj" -> {
                    String f = value(words, ++i, w);
                    if (!f.equals("x86")) {
                        throw new IllegalArgumentException("only the x86 BCJ filter is supported, not '" + f + "'");
                    }
                    bcj = true;
                }
                case "-Xhc" -> hc = true;
                default -> throw new IllegalArgumentException("unknown compressor option '" + w + "' in '" + spec + "'");
            }
        }
        boolean levelFits = name.equals("gzip") || name.equals("zstd") || level < 0;
        boolean xzOnly = name.equals("xz") || (dict == blockSize && !bcj);
        if (!levelFits || !xzOnly || (hc && !name.equals("lz4"))) {
            throw new IllegalArgumentException("'" + spec + "': an option does not apply to " + name);
        }
        return switch (name) {
            case "gzip" -> new GzipCompressor(level < 0 ? 9 : level);
            case "xz" -> new XzCompressor(6, dict, bcj);
            case "zstd" -> new ZstdCompressor(level < 0 ? ZstdCompressor.SQUASHFS_DEFAULT_LEVEL : level);
            case "lz4" -> new Lz4Compressor(hc);
            default -> throw new IllegalArgumentException("unknown squashfs compressor '" + name + "'; use gzip, xz, zstd or lz4");
        };
    }

    private static String value(List<String> words, int i, String option) {
        if (i >= words.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return words.get(i);
    }

    private static int number(String s, String option) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not '" + s + "'");
        }
    }

    /** mksquashfs's dictionary sizes: bytes, {@code K}/{@code M} suffixes, or a percentage of the block size. */
    private static int dictionary(String s, int blockSize) {
        String t = s.toUpperCase(Locale.ROOT);
        if (t.endsWith("%")) {
            return (int) ((long) blockSize * number(t.substring(0, t.length() - 1), "-Xdict-size") / 100);
        }
        int mul = t.endsWith("K") ? 1024 : t.endsWith("M") ? 1 << 20 : 1;
        return number(mul == 1 ? t : t.substring(0, t.length() - 1), "-Xdict-size") * mul;
    }
}
