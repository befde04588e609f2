package org.nixj.image.cpio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.image.compress.GzipCompressor;
import org.nixj.image.compress.XzCompressor;
import org.nixj.image.io.ImageException;
import org.nixj.image.testing.SampleTree;
import org.nixj.image.testing.Tools;
import org.nixj.image.testing.TreeAssert;
import org.nixj.image.tree.Attributes;
import org.nixj.image.tree.DeviceNode;
import org.nixj.image.tree.Directory;
import org.nixj.image.tree.FileContent;
import org.nixj.image.tree.RegularFile;
import org.nixj.image.tree.Reproducible;
import org.nixj.image.tree.TreeBuilder;

class CpioWriterTest {
    @TempDir
    Path tmp;

    @Property
    void headerRoundTrips(@ForAll @LongRange(max = 0xffffffffL) long ino, @ForAll @LongRange(max = 0xffffffffL) long size,
            @ForAll @LongRange(max = 0xffffffffL) long mtime, @ForAll @StringLength(min = 1, max = 200) String name) {
        NewcHeader h = new NewcHeader(ino, 0100644, 0, 0, 1, mtime, size, 0, 0, 3, 7, name);
        byte[] b = h.encode();
        assertEquals(0, b.length % 4);
        assertEquals(b.length, h.encodedSize());
        assertEquals(h, NewcHeader.decode(b, 0));
    }

    @Test
    void archiveIsParsedBackEntryByEntryInPreOrder() throws Exception {
        Directory root = new TreeBuilder()
                .add("/b/x", new RegularFile("x", Attributes.root(0644), new FileContent.FromBytes("x", new byte[] {1, 2, 3})))
                .add("/a", new RegularFile("a", Attributes.root(0755), new FileContent.FromBytes("a", new byte[5])))
                .add("/dev/console", new DeviceNode("console", Attributes.root(0600), DeviceNode.Kind.CHARACTER, 5, 1))
                .build();
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        new CpioWriter(Optional.empty()).write(root, bos);
        byte[] b = bos.toByteArray();
        assertEquals(0, b.length % 512);
        List<String> names = new ArrayList<>();
        int off = 0;
        while (true) {
            NewcHeader h = NewcHeader.decode(b, off);
            names.add(h.name() + ":" + h.ino());
            if (h.name().equals("dev/console")) {
                assertEquals(5, h.rdevMajor());
                assertEquals(1, h.rdevMinor());
                assertEquals(020600, h.mode());
            }
            off += h.encodedSize() + (int) ((h.fileSize() + 3) & ~3L);
            if (h.name().equals("TRAILER!!!")) {
                break;
            }
        }
        assertEquals(List.of(".:1", "a:2", "b:3", "b/x:4", "dev:5", "dev/console:6", "TRAILER!!!:0"), names);
    }

    @Test
    void largeFilesAreRejectedWithTheirName() throws Exception {
        Directory root = new Directory("", Attributes.root(0755), List.of(new RegularFile("huge", Attributes.root(0644),
                new FileContent.FromStream("huge-source", 5L << 30, () -> { throw new AssertionError("not read"); }))));
        ImageException e = assertThrows(ImageException.class, () -> new CpioWriter(Optional.empty()).write(root, tmp.resolve("x.cpio")));
        assertTrue(e.getMessage().contains("huge"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("x.cpio")));
        try (var s = Files.list(tmp)) {
            assertEquals(0, s.count(), "no temporary file left behind");
        }
    }

    @Test
    void xzInitrdHasCrc32AndExtractsToTheInput() throws Exception {
        Tools.require("xz", "cpio");
        Path in = SampleTree.create(tmp.resolve("in"));
        Path out = tmp.resolve("initrd.xz");
        Directory tree = Reproducible.normalise(new TreeBuilder().addDirectoryContents(in).build(), 1_700_000_000L, true);
        new CpioWriter(Optional.of(new XzCompressor(6, 512 * 1024, false))).write(tree, out);
        String list = Tools.ok("xz", "-lvv", out.toString());
        assertTrue(list.contains("CRC32"), list);
        Path x = Files.createDirectories(tmp.resolve("x"));
        Tools.ok("sh", "-c", "cd " + x + " && xz -dc " + out + " | cpio -idm --quiet --no-absolute-filenames");
        TreeAssert.assertSameTree(in, x, TreeAssert.SAME_MODE, false);
    }

    @Test
    void gzipInitrdExtractsWithBsdtarAndListsDevices() throws Exception {
        Tools.require("bsdtar", "gzip");
        Path in = SampleTree.create(tmp.resolve("in"));
        Path out = tmp.resolve("initrd.gz");
        Directory tree = new TreeBuilder().addDirectoryContents(in)
                .add("/dev/console", new DeviceNode("console", Attributes.root(0600), DeviceNode.Kind.CHARACTER, 5, 1)).build();
        new CpioWriter(Optional.of(GzipCompressor.standard())).write(tree, out);
        Tools.ok("gzip", "-t", out.toString());
        String listing = Tools.ok("bsdtar", "-tvf", out.toString());
        assertTrue(listing.lines().anyMatch(l -> l.startsWith("crw-------") && l.contains("5,1") && l.endsWith("dev/console")), listing);
        Path x = Files.createDirectories(tmp.resolve("x"));
        Tools.ok("bsdtar", "-xf", out.toString(), "-C", x.toString());
        Files.deleteIfExists(x.resolve("dev/console"));
        Files.deleteIfExists(x.resolve("dev"));
        TreeAssert.assertSameTree(in, x, TreeAssert.SAME_MODE, false);
    }

    @Test
    void twoRunsGiveIdenticalBytes() throws Exception {
        Path in = SampleTree.create(tmp.resolve("in"));
        for (Optional<org.nixj.image.compress.Compressor> c : List.<Optional<org.nixj.image.compress.Compressor>>of(Optional.empty(),
                Optional.of(GzipCompressor.standard()), Optional.of(new XzCompressor(6, 1 << 20, false)))) {
            Path a = tmp.resolve("a.cpio");
            Path b = tmp.resolve("b.cpio");
            new CpioWriter(c).write(Reproducible.normalise(new TreeBuilder().addDirectoryContents(in).build(), 1, true), a);
            new CpioWriter(c).write(Reproducible.normalise(new TreeBuilder().addDirectoryContents(in).build(), 1, true), b);
            assertEquals(Tools.sha256(a), Tools.sha256(b));
        }
    }

    @Test
    void devicesFromAnEntryListAreListedByCpio() throws Exception {
        Tools.require("cpio");
        org.nixj.image.tree.EntryList list = org.nixj.image.tree.EntryList.parse(
                "dir /dev 0755 0 0\nnod /dev/console 0600 0 5 c 5 1\nnod /dev/sda 0660 0 6 b 8 0\npipe /dev/initctl 0600 0 0\n", "l");
        TreeBuilder b = new TreeBuilder();
        list.addTo(b);
        Directory tree = Reproducible.normalise(b.build(), 1, org.nixj.image.tree.Ownership.ALL_ROOT.and(list.ownership()));
        Path a = tmp.resolve("a.cpio");
        Path again = tmp.resolve("b.cpio");
        new CpioWriter(Optional.of(new org.nixj.image.compress.ZstdCompressor(19))).write(tree, a);
        new CpioWriter(Optional.of(new org.nixj.image.compress.ZstdCompressor(19))).write(tree, again);
        assertEquals(Tools.sha256(a), Tools.sha256(again));
        Tools.require("zstd");
        String listing = Tools.ok("sh", "-c", "zstd -dc '" + a + "' | cpio -itvn --quiet");
        assertTrue(listing.matches("(?s).*crw-------\\s+1 0\\s+5\\s+5,\\s+1 .* dev/console\n.*"), listing);
        assertTrue(listing.matches("(?s).*brw-rw----\\s+1 0\\s+6\\s+8,\\s+0 .* dev/sda\n.*"), listing);
        assertTrue(listing.matches("(?s).*prw-------\\s+1 0\\s+0 .* dev/initctl\n.*"), listing);
    }
}
