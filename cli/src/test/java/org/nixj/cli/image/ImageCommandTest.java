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
        Run zstd = run("image", "squashfs", "--dir", in, "--compression", "zstd", "-o", tmp.resolve("z").toString());
        assertEquals(2, zstd.code());
        assertTrue(zstd.err().contains("zstd is not supported"), zstd.err());
        Run block = run("image", "squashfs", "--dir", in, "--block-size", "3000", "-o", tmp.resolve("z").toString());
        assertEquals(2, block.code());
        assertTrue(block.err().contains("power of two"), block.err());
        Run nothing = run("image", "fat", "-o", tmp.resolve("f").toString());
        assertEquals(2, nothing.code());
        assertTrue(nothing.err().contains("nothing to put in the image"), nothing.err());
        Run epoch = run("image", "fat", "--dir", in, "--source-date-epoch", "yesterday", "-o", tmp.resolve("f").toString());
        assertEquals(1, epoch.code());
        assertTrue(epoch.err().contains("--source-date-epoch"), epoch.err());
    }
}
