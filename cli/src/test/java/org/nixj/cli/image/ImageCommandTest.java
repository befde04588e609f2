package org.nixj.cli.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.cli.Console;
import org.nixj.cli.Main;
import org.nixj.testsupport.InProcessCli;

class ImageCommandTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {}

    /** {@code nixj ARGS}, in-process (test-support's {@link InProcessCli}), its output decoded as UTF-8. */
    private static Run run(String... args) {
        InProcessCli.Result r = InProcessCli.run((in, out, err, a) ->
                Main.commandLine(new Console(in, out, err)).execute(a),
                "", StandardCharsets.UTF_8, args);
        return new Run(r.exitCode(), r.out(), r.err());
    }

    private Path input() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in/sub"));
        Files.writeString(in.resolve("a.txt"), "hello\n");
        Files.writeString(tmp.resolve("extra.conf"), "extra\n");
        return tmp.resolve("in");
    }

    @Test
    void everySubcommandWritesTheSameBytesTwice() throws Exception {
        Path in = input();
        for (String kind : new String[] {"iso", "squashfs", "cpio", "fat"}) {
            Path a = tmp.resolve(kind + ".a");
            Path b = tmp.resolve(kind + ".b");
            for (Path out : new Path[] {a, b}) {
                Run r = run("image", kind, "--dir", in.toString(), "--contents", "/etc/extra.conf=" + tmp.resolve("extra.conf"),
                        "--source-date-epoch", "1700000000", "-o", out.toString());
                assertEquals(0, r.code(), kind + ": " + r.err());
            }
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), kind);
        }
        assertEquals("CD001", new String(Files.readAllBytes(tmp.resolve("iso.a")), 0x8001, 5, StandardCharsets.US_ASCII));
    }

    @Test
    void helpListsTheSubcommandsAndOptions() {
        Run r = run("image", "--help");
        assertEquals(0, r.code());
        for (String s : new String[] {"iso", "squashfs", "cpio", "fat"}) {
            assertTrue(r.out().contains(s), r.out());
        }
        Run iso = run("image", "iso", "--help");
        assertEquals(0, iso.code());
        assertTrue(iso.out().contains("--volume-id") && iso.out().contains("--source-date-epoch"), iso.out());
    }

    @Test
    void squashfsTakesNixosCompressorWordsEntryListsAndKeptOwners() throws Exception {
        Path in = input();
        Path list = Files.writeString(tmp.resolve("list"), "nod /dev/console 0600 0 5 c 5 1\nfile /etc/shadow " + tmp.resolve("extra.conf") + " 0640 0 42\n");
        Path out = tmp.resolve("z.sqfs");
        Run r = run("image", "squashfs", "--dir", in.toString(), "--entries", list.toString(), "--keep-owners-under", "/sub",
                "--compression", "zstd -Xcompression-level 19", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        byte[] sb = Files.readAllBytes(out);
        assertEquals(6, sb[20]); // the superblock's compressor id: zstd
        Run lz4 = run("image", "squashfs", "--dir", in.toString(), "--compression", "lz4", "-o", tmp.resolve("l.sqfs").toString());
        assertEquals(0, lz4.code(), lz4.err());
        Path fat = tmp.resolve("f32.img");
        Run f32 = run("image", "fat", "--dir", in.toString(), "--fat-type", "32", "-o", fat.toString());
        assertEquals(0, f32.code(), f32.err());
        assertEquals("FAT32   ", new String(Files.readAllBytes(fat), 82, 8, StandardCharsets.US_ASCII));
        String help = run("image", "squashfs", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("--keep-owners") && help.contains("By default everything is owned by root"), help);
        assertTrue(help.contains("--entries") && help.contains("zstd -Xcompression-level 19"), help);
    }

    @Test
    void aMissingSourceIsAnErrorNamingItWithoutAStackTrace() throws Exception {
        Run r = run("image", "cpio", "--contents", "/x=" + tmp.resolve("nope"), "-o", tmp.resolve("x.cpio").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error: ") && r.err().contains("nope") && r.err().contains("does not exist"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(tmp.resolve("x.cpio")));
    }

    @Test
    void aLongVolumeIdIsAClearError() throws Exception {
        Run r = run("image", "iso", "--dir", input().toString(), "--volume-id", "x".repeat(33), "-o", tmp.resolve("v.iso").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("volume id") && r.err().contains("at most 32"), r.err());
    }

    @Test
    void badOptionValuesAreUsageErrors() throws Exception {
        String in = input().toString();
        Run lzo = run("image", "squashfs", "--dir", in, "--compression", "lzo", "-o", tmp.resolve("z").toString());
        assertEquals(1, lzo.code());
        assertTrue(lzo.err().contains("unknown compression 'lzo'"), lzo.err());
        Run level = run("image", "squashfs", "--dir", in, "--compression", "zstd -Xcompression-level 99", "-o", tmp.resolve("z").toString());
        assertEquals(1, level.code());
        assertTrue(level.err().contains("zstd level must be"), level.err());
        Path list = Files.writeString(tmp.resolve("list"), "nod /dev/console 0600 0 0 q 5 1\n");
        Run entry = run("image", "cpio", "--entries", list.toString(), "-o", tmp.resolve("c").toString());
        assertEquals(1, entry.code());
        assertTrue(entry.err().contains(list + ":1:27: device type must be"), entry.err());
        Run block = run("image", "squashfs", "--dir", in, "--block-size", "3000", "-o", tmp.resolve("z").toString());
        assertEquals(1, block.code());
        assertTrue(block.err().contains("power of two"), block.err());
        Run nothing = run("image", "fat", "-o", tmp.resolve("f").toString());
        assertEquals(1, nothing.code());
        assertTrue(nothing.err().contains("nothing to put in the image"), nothing.err());
        Run epoch = run("image", "fat", "--dir", in, "--source-date-epoch", "yesterday", "-o", tmp.resolve("f").toString());
        assertEquals(1, epoch.code());
        assertTrue(epoch.err().contains("--source-date-epoch"), epoch.err());
    }
}
