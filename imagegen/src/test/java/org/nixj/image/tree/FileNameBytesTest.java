package org.nixj.image.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.image.cpio.CpioWriter;
import org.nixj.image.iso.IsoOptions;
import org.nixj.image.iso.IsoWriter;
import org.nixj.image.squashfs.SquashfsWriter;
import org.nixj.image.testing.Tools;
import org.nixj.os.FileNames;

/**
 * A file whose name is not UTF-8 keeps its name byte for byte in every image: read from the tree on disk, and
 * given back by unsquashfs, xorriso (Rock Ridge) and in the cpio archive.
 */
class FileNameBytesTest {
    private static final byte[] BAD = {'b', 'a', 'd', (byte) 0xff, 'n', 'a', 'm', 'e'};
    private static final byte[] LINK_TARGET = {'t', (byte) 0xe9, '/', 'x'};

    @TempDir
    Path tmp;

    private Directory tree() throws Exception {
        Path in = Files.createDirectory(tmp.resolve("in"));
        Files.writeString(in.resolve(FileNames.of(BAD)), "content");
        Files.createSymbolicLink(in.resolve("link"), FileNames.of(LINK_TARGET));
        return Reproducible.normalise(new TreeBuilder().addDirectoryContents(in).build(), 1_700_000_000L, false);
    }

    @Test
    void theTreeKeepsTheBytesOfNamesAndLinkTargets() throws Exception {
        Directory root = tree();
        assertArrayEquals(BAD, root.children().get(0).nameBytes());
        assertArrayEquals(LINK_TARGET, ((Symlink) root.children().get(1)).targetBytes());
    }

    @Test
    void squashfsKeepsTheName() throws Exception {
        Tools.require("unsquashfs");
        Path img = tmp.resolve("t.sqfs");
        new SquashfsWriter(SquashfsWriter.Options.gzip(0)).write(tree(), img);
        Path out = tmp.resolve("x");
        Tools.ok("unsquashfs", "-d", out.toString(), img.toString());
        assertExtracted(out);
    }

    @Test
    void rockRidgeKeepsTheName() throws Exception {
        Tools.require("xorriso");
        Path iso = tmp.resolve("t.iso");
        new IsoWriter(IsoOptions.plain("NIXJ_TEST", 1_700_000_000L)).write(tree(), iso);
        Path out = tmp.resolve("x");
        Tools.ok("xorriso", "-osirrox", "on", "-indev", iso.toString(), "-extract", "/", out.toString());
        assertExtracted(out);
    }

    @Test
    void cpioKeepsTheName() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new CpioWriter(Optional.empty()).write(tree(), bytes);
        String archive = bytes.toString(StandardCharsets.ISO_8859_1);
        assertEquals(true, archive.contains(new String(BAD, StandardCharsets.ISO_8859_1) + "\0"), "the name's bytes");
        assertEquals(true, archive.contains(new String(LINK_TARGET, StandardCharsets.ISO_8859_1)), "the link's target");
    }

    private static void assertExtracted(Path out) throws Exception {
        List<Path> entries;
        try (Stream<Path> list = Files.list(out)) {
            entries = list.sorted().toList();
        }
        Path file = entries.stream().filter(p -> !p.getFileName().toString().equals("link")).findFirst().orElseThrow();
        assertArrayEquals(BAD, FileNames.bytes(file.getFileName()));
        assertEquals("content", Files.readString(file));
        assertArrayEquals(LINK_TARGET, FileNames.bytes(Files.readSymbolicLink(out.resolve("link"))));
    }
}
