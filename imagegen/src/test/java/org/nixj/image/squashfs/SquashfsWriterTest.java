package org.nixj.image.squashfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nixj.image.compress.Compressor;
import org.nixj.image.compress.GzipCompressor;
import org.nixj.image.compress.Lz4Compressor;
import org.nixj.image.compress.XzCompressor;
import org.nixj.image.compress.ZstdCompressor;
import org.nixj.image.testing.SampleTree;
import org.nixj.image.testing.Tools;
import org.nixj.image.testing.TreeAssert;
import org.nixj.image.tree.Attributes;
import org.nixj.image.tree.DeviceNode;
import org.nixj.image.tree.Directory;
import org.nixj.image.tree.FileContent;
import org.nixj.image.tree.Ownership;
import org.nixj.image.tree.RegularFile;
import org.nixj.image.tree.Reproducible;
import org.nixj.image.tree.TreeBuilder;

class SquashfsWriterTest {
    @TempDir
    Path tmp;

    private static Compressor compressor(String name) {
        return switch (name) {
            case "gzip" -> GzipCompressor.standard();
            case "xz" -> new XzCompressor(6, 1 << 20, false);
            case "xz-bcj" -> new XzCompressor(6, 1 << 19, true);
            case "zstd" -> new ZstdCompressor(19);
            case "zstd-15" -> new ZstdCompressor(15);
            case "lz4" -> new Lz4Compressor(false);
            case "lz4-hc" -> new Lz4Compressor(true);
            default -> new GzipCompressor(1);
        };
    }

    private Path image(Path in, Compressor c, int threads, String name) throws Exception {
        Path out = tmp.resolve(name);
        Directory tree = Reproducible.normalise(new TreeBuilder().addDirectoryContents(in).build(), 1_700_000_000L, true);
        new SquashfsWriter(new SquashfsWriter.Options(c, 1 << 20, true, true, threads, 1_700_000_000L, 0755)).write(tree, out);
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "xz", "xz-bcj", "gzip-1", "zstd", "zstd-15", "lz4", "lz4-hc"})
    void unsquashfsGivesBackTheInputTree(String comp) throws Exception {
        Tools.require("unsquashfs");
        Path in = SampleTree.create(tmp.resolve("in"));
        Path img = image(in, compressor(comp), 4, "fs.sqfs");
        assertEquals(0, Files.size(img) % 4096);
        String stat = Tools.ok("unsquashfs", "-s", img.toString());
        assertTrue(stat.contains("Block size 1048576"), stat);
        assertTrue(stat.contains("Compression " + comp.replaceAll("-.*", "")), stat);
        if (comp.equals("xz-bcj")) {
            assertTrue(stat.contains("x86"), stat);
        }
        if (comp.equals("zstd")) {
            assertTrue(stat.contains("compression-level 19"), stat);
        }
        if (comp.equals("lz4-hc")) {
            assertTrue(stat.contains("High Compression option specified (-Xhc)"), stat);
        }
        Path out = tmp.resolve("out");
        Tools.ok("unsquashfs", "-no-progress", "-d", out.toString(), img.toString());
        TreeAssert.assertSameTree(in, out, TreeAssert.SAME_MODE, false);
        assertEquals("755", Integer.toOctalString((Integer) Files.getAttribute(out, "unix:mode") & 07777));
        String listing = Tools.ok("unsquashfs", "-lls", img.toString());
        assertTrue(listing.lines().skip(3).allMatch(l -> l.isBlank() || l.contains(" root/root ")), listing);
    }

    @Test
    void identicalFilesShareBlocksAndTheImageIsIndependentOfThreadCount() throws Exception {
        Path in = SampleTree.create(tmp.resolve("in"));
        Path one = image(in, compressor("gzip"), 1, "one.sqfs");
        Path four = image(in, compressor("gzip"), 4, "four.sqfs");
        assertEquals(Tools.sha256(one), Tools.sha256(four));
        for (String comp : List.of("zstd", "lz4", "lz4-hc")) {
            Path a = image(in, compressor(comp), 1, comp + "-1.sqfs");
            Path b = image(in, compressor(comp), 3, comp + "-3.sqfs");
            assertEquals(Tools.sha256(a), Tools.sha256(b), comp);
        }
        Path again = image(in, compressor("xz"), 2, "xz1.sqfs");
        Path again2 = image(in, compressor("xz"), 3, "xz2.sqfs");
        assertEquals(Tools.sha256(again), Tools.sha256(again2));

        // Adding a third copy of a 3.3 MB file adds (almost) nothing.
        Files.copy(in.resolve("data/copy-a"), in.resolve("data/copy-c"));
        Files.copy(in.resolve("bin/tool"), in.resolve("bin/tool-copy"));
        Path dup = image(in, compressor("gzip"), 2, "dup.sqfs");
        assertTrue(Files.size(dup) - Files.size(one) < 8192, "dedup: " + Files.size(one) + " -> " + Files.size(dup));
    }

    @Test
    void devicesAndSpecialFilesAreListed() throws Exception {
        Tools.require("unsquashfs");
        Directory tree = new TreeBuilder()
                .add("/dev/console", new DeviceNode("console", Attributes.root(0600), DeviceNode.Kind.CHARACTER, 5, 1))
                .add("/dev/sda", new DeviceNode("sda", Attributes.root(0660), DeviceNode.Kind.BLOCK, 8, 17))
                .add("/dev/fifo", new DeviceNode("fifo", Attributes.root(0644), DeviceNode.Kind.FIFO, 0, 0))
                .build();
        Path img = tmp.resolve("dev.sqfs");
        new SquashfsWriter(SquashfsWriter.Options.gzip(0)).write(tree, img);
        String l = Tools.ok("unsquashfs", "-lls", img.toString());
        assertTrue(l.matches("(?s).*crw------- root/root\\s+5,\\s*1 .*"), l);
        assertTrue(l.matches("(?s).*brw-rw---- root/root\\s+8,\\s*17 .*"), l);
        assertTrue(l.matches("(?s).*prw-r--r-- root/root.*"), l);
    }

    @Test
    void ownersAreKeptWhereTheCallerSaysAndSetIdBitsAlways() throws Exception {
        Tools.require("unsquashfs");
        FileContent bin = new FileContent.FromBytes("bin", new byte[100]);
        Directory tree = new TreeBuilder()
                .add("/nix/store/aaa-shadow/bin/chage", new RegularFile("chage", new Attributes(02755, 0, 42, 5), bin))
                .add("/nix/store/aaa-shadow/etc/shadow", new RegularFile("shadow", new Attributes(0640, 0, 42, 5), bin))
                .add("/nix/store/aaa-shadow/var/mail", new Directory("mail", new Attributes(02775, 0, 8, 5), List.of()))
                .add("/nix/store/bbb-other/bin/su", new RegularFile("su", new Attributes(04755, 1000, 1000, 5), bin))
                .build();
        Directory kept = Reproducible.normalise(tree, 7, Ownership.keepUnder(List.of("/nix/store/aaa-shadow")));
        Path img = tmp.resolve("owners.sqfs");
        new SquashfsWriter(SquashfsWriter.Options.standard(new ZstdCompressor(3), 7)).write(kept, img);
        String l = Tools.ok("unsquashfs", "-lln", img.toString());
        assertTrue(l.matches("(?s).*-rwxr-sr-x 0/42 .*/nix/store/aaa-shadow/bin/chage\n.*"), l);
        assertTrue(l.matches("(?s).*-rw-r----- 0/42 .*/nix/store/aaa-shadow/etc/shadow\n.*"), l);
        assertTrue(l.matches("(?s).*drwxrwsr-x 0/8 .*/nix/store/aaa-shadow/var/mail\n.*"), l);
        assertTrue(l.matches("(?s).*-rwsr-xr-x 0/0 .*/nix/store/bbb-other/bin/su\n.*"), l);
        // Everything kept, and the same bytes twice.
        Path all = tmp.resolve("all.sqfs");
        Path again = tmp.resolve("again.sqfs");
        new SquashfsWriter(SquashfsWriter.Options.standard(new Lz4Compressor(false), 7)).write(Reproducible.normalise(tree, 7, false), all);
        new SquashfsWriter(SquashfsWriter.Options.standard(new Lz4Compressor(false), 7)).write(Reproducible.normalise(tree, 7, false), again);
        assertEquals(Tools.sha256(all), Tools.sha256(again));
        assertTrue(Tools.ok("unsquashfs", "-lln", all.toString()).matches("(?s).*-rwsr-xr-x 1000/1000 .*/bin/su\n.*"));
    }

    @Test
    void theBlockCacheGivesTheBytesOfAFullBuildAndCompressesOnlyWhatChanged() throws Exception {
        Path in = SampleTree.create(tmp.resolve("in"));
        Path cacheDir = tmp.resolve("cache");
        Compressor c = compressor("zstd");
        Path full = image(in, c, 2, "full.sqfs");

        BlockCache cold = BlockCache.open(cacheDir, c);
        Path first = cachedImage(in, c, cold, "first.sqfs");
        assertEquals(Tools.sha256(full), Tools.sha256(first));
        // Only repeats within the build can hit (the first block of data/block-plus-one is data/block).
        assertTrue(cold.hits() <= 1 && cold.misses() > 3, cold.hits() + " hits, " + cold.misses() + " misses");
        long blocks = cold.hits() + cold.misses();

        BlockCache warm = BlockCache.open(cacheDir, c);
        assertEquals(Tools.sha256(full), Tools.sha256(cachedImage(in, c, warm, "second.sqfs")));
        assertEquals(0, warm.misses());
        assertEquals(blocks, warm.hits());

        // One small file changes (same size, so fragments pack the same way): only its fragment block is new.
        Files.writeString(in.resolve("hello.txt"), "HELLO, WORLD\n");
        BlockCache after = BlockCache.open(cacheDir, c);
        Path rebuilt = cachedImage(in, c, after, "rebuilt.sqfs");
        assertEquals(Tools.sha256(image(in, c, 1, "full-again.sqfs")), Tools.sha256(rebuilt));
        assertEquals(1, after.misses(), after.hits() + " hits, " + after.misses() + " misses");

        // Another compressor level never sees these entries; a damaged entry is a miss, not a bad image.
        BlockCache other = BlockCache.open(cacheDir, new ZstdCompressor(3));
        cachedImage(in, new ZstdCompressor(3), other, "z3.sqfs");
        assertTrue(other.misses() >= blocks - 1, other.hits() + " hits, " + other.misses() + " misses");
        try (var files = Files.walk(cacheDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.write(f, new byte[] {1, 2, 3, 4, 5});
            }
        }
        BlockCache damaged = BlockCache.open(cacheDir, c);
        assertEquals(Tools.sha256(rebuilt), Tools.sha256(cachedImage(in, c, damaged, "damaged.sqfs")));
        assertTrue(damaged.hits() <= 1 && damaged.misses() >= blocks - 1, damaged.hits() + " hits, " + damaged.misses() + " misses");
    }

    private Path cachedImage(Path in, Compressor c, BlockCache cache, String name) throws Exception {
        Path out = tmp.resolve(name);
        Directory tree = Reproducible.normalise(new TreeBuilder().addDirectoryContents(in).build(), 1_700_000_000L, true);
        new SquashfsWriter(new SquashfsWriter.Options(c, 1 << 20, true, true, 2, 1_700_000_000L, 0755).withBlockCache(cache)).write(tree, out);
        return out;
    }

    @Test
    void manyEntriesMakeExtendedDirectoriesAndSeveralHeaders() throws Exception {
        Tools.require("unsquashfs");
        Path in = Files.createDirectories(tmp.resolve("big"));
        Path many = Files.createDirectories(in.resolve("many"));
        for (int i = 0; i < 3000; i++) {
            Files.writeString(many.resolve("a-rather-long-file-name-to-fill-the-listing-" + i), Integer.toString(i));
        }
        Path img = image(in, compressor("gzip"), 2, "big.sqfs");
        Path out = tmp.resolve("out");
        Tools.ok("unsquashfs", "-no-progress", "-d", out.toString(), img.toString());
        TreeAssert.assertSameTree(in, out, TreeAssert.SAME_MODE, false);
    }

    @Test
    void metadataReferencesResolveToTheInodesTheListingsName() throws Exception {
        Path in = SampleTree.create(tmp.resolve("in"));
        Path img = image(in, compressor("gzip"), 2, "fs.sqfs");
        SquashfsReader r = new SquashfsReader(img, GzipCompressor.standard());
        List<String> paths = r.walk();
        assertTrue(paths.contains("/bin/tool"), paths.toString());
        assertTrue(paths.contains("/level0/level1/level2/level3/level4/level5/level6/level7/level8/level9/level10/level11/bottom"), paths.toString());
        assertEquals(countEntries(in), paths.size());
    }

    private static long countEntries(Path in) throws Exception {
        try (var s = Files.walk(in)) {
            return s.count() - 1;
        }
    }
}
