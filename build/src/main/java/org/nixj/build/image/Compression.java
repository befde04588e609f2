package org.nixj.build.image;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nixj.build.builder.BuildFailure;
import org.nixj.image.compress.Compressor;
import org.nixj.image.compress.GzipCompressor;
import org.nixj.image.compress.XzCompressor;

/**
 * The compressors NixOS's options name, as nixj's image writers offer them: {@code boot.initrd.compressor}
 * (a program name) and {@code isoImage.squashfsCompression} (mksquashfs's {@code NAME -Xoption value} form).
 * gzip and xz are available; zstd and lz4 are named in a clear error until the image writers have them.
 */
final class Compression {
    /** The kernel's xz decoder wants a CRC32 check and a modest dictionary; NixOS's initrd uses 512 KiB. */
    private static final int INITRD_XZ_DICTIONARY = 512 << 10;

    private Compression() {}

    /** The initrd's compressor; empty for {@code cat} or {@code none} (an uncompressed archive). */
    static Optional<Compressor> initrd(String name) throws BuildFailure {
        return switch (name.trim()) {
            case "cat", "none", "" -> Optional.empty();
            case "xz" -> Optional.of(new XzCompressor(6, INITRD_XZ_DICTIONARY, false));
            case "gzip", "pigz" -> Optional.of(GzipCompressor.standard());
            default -> throw unsupported("boot.initrd.compressor", name, "\"xz\", \"gzip\" or \"cat\"");
        };
    }

    /**
     * The squashfs compressor {@code spec} names ({@code gzip}, {@code gzip -Xcompression-level 6}, {@code xz},
     * {@code xz -Xdict-size 100%}, {@code xz -Xbcj x86}), for blocks of {@code blockSize} bytes.
     */
    static Compressor squashfs(String spec, int blockSize) throws BuildFailure {
        List<String> words = List.of(spec.trim().split("\\s+"));
        String name = words.getFirst().toLowerCase(Locale.ROOT);
        if (!name.equals("gzip") && !name.equals("xz")) {
            throw unsupported("isoImage.squashfsCompression", spec, "\"xz -Xdict-size 100%\" or \"gzip\"");
        }
        int level = 9;
        int dictionary = blockSize;
        boolean bcj = false;
        for (int i = 1; i < words.size(); i++) {
            String option = words.get(i);
            String value = i + 1 < words.size() ? words.get(++i) : "";
            switch (option) {
                case "-Xcompression-level" -> level = number(spec, option, value);
                case "-Xdict-size" -> dictionary = dictionary(spec, value, blockSize);
                case "-Xbcj" -> bcj = value.equals("x86") || fail(spec, "only the x86 BCJ filter is available, not '" + value + "'");
                default -> fail(spec, "the option '" + option + "' is not known");
            }
        }
        try {
            return name.equals("gzip") ? new GzipCompressor(level) : new XzCompressor(6, dictionary, bcj);
        } catch (IllegalArgumentException e) {
            throw new BuildFailure("isoImage.squashfsCompression \"" + spec + "\": " + e.getMessage());
        }
    }

    private static int dictionary(String spec, String value, int blockSize) throws BuildFailure {
        String v = value.toUpperCase(Locale.ROOT);
        if (v.endsWith("%")) {
            return (int) ((long) blockSize * number(spec, "-Xdict-size", v.substring(0, v.length() - 1)) / 100);
        }
        int unit = v.endsWith("K") ? 1024 : v.endsWith("M") ? 1 << 20 : 1;
        return number(spec, "-Xdict-size", unit == 1 ? v : v.substring(0, v.length() - 1)) * unit;
    }

    private static int number(String spec, String option, String value) throws BuildFailure {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            fail(spec, option + " needs a number, not '" + value + "'");
            return 0;
        }
    }

    private static boolean fail(String spec, String why) throws BuildFailure {
        throw new BuildFailure("isoImage.squashfsCompression \"" + spec + "\": " + why);
    }

    private static BuildFailure unsupported(String option, String value, String instead) {
        return new BuildFailure(option + " \"" + value + "\" is not available: nixj's image writers compress with xz "
                + "and gzip; set " + option + " = " + instead);
    }
}
