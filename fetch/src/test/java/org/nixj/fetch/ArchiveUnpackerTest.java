package org.nixj.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Unpacking archives: the formats, what survives (executable bits, links, times), and hostile entries refused. */
class ArchiveUnpackerTest {
    @TempDir
    Path dir;

    /** Writes a tar (compressed as {@code compression} says) whose entries {@code body} adds. */
    private Path tar(String compression, Consumer<TarWriter> body) throws IOException {
        Path file = dir.resolve("archive");
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream compressed = switch (compression) {
                 case "gz" -> new GzipCompressorOutputStream(raw);
                 case "bz2" -> new BZip2CompressorOutputStream(raw);
                 case "xz" -> new XZCompressorOutputStream(raw);
                 default -> raw;
             };
             TarArchiveOutputStream out = new TarArchiveOutputStream(compressed)) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            body.accept(new TarWriter(out));
        }
        return file;
    }

    /** Adds tar entries, with IOExceptions unchecked so that archives can be written in lambdas. */
    record TarWriter(TarArchiveOutputStream out) {
        void file(String name, String contents, int mode, long mtime) {
            byte[] bytes = contents.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry e = new TarArchiveEntry(name, true);
            e.setSize(bytes.length);
            e.setMode(mode);
            e.setModTime(new Date(mtime * 1000));
            put(e, bytes);
        }

        void file(String name, String contents) {
            file(name, contents, 0100644, 1_000_000);
        }

        void dir(String name) {
            TarArchiveEntry e = new TarArchiveEntry(name.endsWith("/") ? name : name + "/");
            e.setModTime(new Date(1_000_000_000L));
            put(e, null);
        }

        void link(String name, String target, byte type) {
            TarArchiveEntry e = new TarArchiveEntry(name, type);
            e.setLinkName(target);
            e.setModTime(new Date(1_000_000_000L));
            put(e, null);
        }

        void put(TarArchiveEntry e, byte[] bytes) {
            try {
                out.putArchiveEntry(e);
                if (bytes != null) {
                    out.write(bytes);
                }
                out.closeArchiveEntry();
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        }
    }

    private Path target() throws IOException {
        return Files.createDirectories(dir.resolve("out"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "gz", "bz2", "xz"})
    void unpacksEveryCompression(String compression) throws IOException {
        Path archive = tar(compression, t -> {
            t.dir("top");
            t.file("top/a", "a\n", 0100644, 1_500_000_000);
            t.file("top/bin/run", "#!/bin/sh\n", 0100755, 1_600_000_000);
            t.link("top/link", "bin/run", TarArchiveEntry.LF_SYMLINK);
            t.link("top/hard", "top/a", TarArchiveEntry.LF_LINK);
        });
        Path out = target();
        assertEquals(1_600_000_000, ArchiveUnpacker.unpack(archive, out, "test"));
        assertEquals("a\n", Files.readString(out.resolve("top/a")));
        assertTrue(Files.isExecutable(out.resolve("top/bin/run")));
        assertFalse(Files.isExecutable(out.resolve("top/a")));
        assertEquals(Path.of("bin/run"), Files.readSymbolicLink(out.resolve("top/link")));
        assertEquals("a\n", Files.readString(out.resolve("top/hard")));
    }

    @Test
    void unpacksZipArchives() throws IOException {
        Path archive = dir.resolve("archive.zip");
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(archive)) {
            ZipArchiveEntry e = new ZipArchiveEntry("top/x");
            e.setUnixMode(0100755);
            zip.putArchiveEntry(e);
            zip.write("x".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
        }
        Path out = target();
        ArchiveUnpacker.unpack(archive, out, "test");
        assertEquals("x", Files.readString(out.resolve("top/x")));
        assertTrue(Files.isExecutable(out.resolve("top/x")));
    }

    @Test
    void refusesParentDirectoryComponents() throws IOException {
        assertRefused(tar("gz", t -> t.file("top/../../evil", "x")), "(Path contains '..')");
    }

    @Test
    void refusesAbsoluteNames() throws IOException {
        assertRefused(tar("none", t -> t.file("/tmp/evil", "x")), "(Path is absolute)");
    }

    @Test
    void refusesSymbolicLinksPointingOut() throws IOException {
        assertRefused(tar("none", t -> t.link("top/etc", "/etc", TarArchiveEntry.LF_SYMLINK)), "outside the unpacked tree");
        assertRefused(tar("none", t -> t.link("top/up", "../../x", TarArchiveEntry.LF_SYMLINK)), "outside the unpacked tree");
    }

    @Test
    void refusesWritingThroughASymbolicLink() throws IOException {
        Path archive = tar("none", t -> {
            t.dir("top/real");
            t.link("top/alias", "real", TarArchiveEntry.LF_SYMLINK);
            t.file("top/alias/x", "x");
        });
        assertRefused(archive, "(Cannot extract through symlink top/alias/x)");
    }

    @Test
    void refusesHardLinksOutOfTheTree() throws IOException {
        assertRefused(tar("none", t -> t.link("top/passwd", "../../etc/passwd", TarArchiveEntry.LF_LINK)), "(Path contains '..')");
    }

    @ParameterizedTest
    @ValueSource(bytes = {TarArchiveEntry.LF_CHR, TarArchiveEntry.LF_BLK, TarArchiveEntry.LF_FIFO})
    void refusesDevicesAndFifos(byte type) throws IOException {
        Path archive = tar("none", t -> {
            TarArchiveEntry e = new TarArchiveEntry("top/node", type);
            e.setDevMajor(1);
            e.setDevMinor(3);
            t.put(e, null);
        });
        assertRefused(archive, "('top/node' is neither a file, a directory nor a symbolic link)");
    }

    @Test
    void aLaterEntryReplacesAHardLinkAsTarDoes() throws IOException {
        Path archive = tar("none", t -> {
            t.file("top/ok", "ok");
            t.link("top/h", "top/ok", TarArchiveEntry.LF_LINK);
            t.file("top/h", "later");
        });
        Path out = target();
        ArchiveUnpacker.unpack(archive, out, "test");
        assertEquals("later", Files.readString(out.resolve("top/h")));
        assertEquals("ok", Files.readString(out.resolve("top/ok")));
    }

    @Test
    void aHardLinkKeepsTheContentItsTargetHadWhenItWasUnpacked() throws IOException {
        Path archive = tar("none", t -> {
            t.file("top/ok", "ok");
            t.link("top/h", "top/ok", TarArchiveEntry.LF_LINK);
            t.file("top/ok", "rewritten");
        });
        Path out = target();
        ArchiveUnpacker.unpack(archive, out, "test");
        assertEquals("ok", Files.readString(out.resolve("top/h")));
        assertEquals("rewritten", Files.readString(out.resolve("top/ok")));
    }

    @Test
    void refusesAHardLinkToAFileThatComesLater() throws IOException {
        Path archive = tar("none", t -> {
            t.link("top/h", "top/ok", TarArchiveEntry.LF_LINK);
            t.file("top/ok", "ok");
        });
        assertRefused(archive, "(hard link top/h to 'top/ok', which is not a file unpacked before it)");
    }

    @Test
    void aDirectoryReplacesAFileOfItsNameAsLibarchiveDoes() throws IOException {
        Path archive = tar("none", t -> {
            t.file("top/a", "file");
            t.file("top/a/b", "inside");
            t.file("top/c", "file");
            t.dir("top/c");
        });
        Path out = target();
        ArchiveUnpacker.unpack(archive, out, "test");
        assertEquals("inside", Files.readString(out.resolve("top/a/b")));
        assertTrue(Files.isDirectory(out.resolve("top/c")));
    }

    @Test
    void aFileCannotReplaceANonEmptyDirectoryAndTheErrorNamesTheEntry() throws IOException {
        Path archive = tar("none", t -> {
            t.file("top/a/b", "inside");
            t.file("top/a", "file");
        });
        assertRefused(archive, "(Can't remove already-existing dir top/a)");
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 300, 5000})
    void aTruncatedArchiveIsAnErrorWithAReason(int length) throws IOException {
        byte[] noise = new byte[100_000];
        new java.util.Random(1).nextBytes(noise);
        Path archive = tar("gz", t -> t.file("top/a", new String(noise, StandardCharsets.ISO_8859_1)));
        byte[] whole = Files.readAllBytes(archive);
        Files.write(archive, java.util.Arrays.copyOf(whole, length));
        Path out = Files.createTempDirectory(dir, "out");
        IOException e = assertThrows(IOException.class, () -> ArchiveUnpacker.unpack(archive, out, "test"));
        String reason = ArchiveUnpacker.reason(e);
        assertFalse(reason.contains("null") || reason.contains(dir.toString()), reason);
    }

    private void assertRefused(Path archive, String why) throws IOException {
        Path out = Files.createTempDirectory(dir, "out");
        FetchException e = assertThrows(FetchException.class, () -> ArchiveUnpacker.unpack(archive, out, "file:///evil.tar"));
        assertTrue(e.getMessage().contains(why), e.getMessage());
        assertTrue(e.getMessage().startsWith("failed to extract archive ("), e.getMessage());
        // Nothing was written outside the target directories.
        try (var files = Files.list(dir)) {
            assertTrue(files.map(f -> f.getFileName().toString()).allMatch(n -> n.equals("archive") || n.startsWith("out")));
        }
        assertFalse(Files.exists(Path.of("/tmp/evil")));
    }
}
