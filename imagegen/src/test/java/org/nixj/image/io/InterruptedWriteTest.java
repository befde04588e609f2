package org.nixj.image.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.image.cpio.CpioWriter;
import org.nixj.image.tree.Attributes;
import org.nixj.image.tree.Directory;
import org.nixj.image.tree.FileContent;
import org.nixj.image.tree.RegularFile;

/** A JVM killed (SIGTERM, as Ctrl-C's SIGINT) in the middle of writing an image leaves no file behind. */
class InterruptedWriteTest {
    @TempDir
    Path tmp;

    /** The child: writes a cpio archive whose only file streams forever, slowly. */
    public static void main(String[] args) throws Exception {
        InputStream endless = new InputStream() {
            boolean announced;

            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (!announced) {
                    announced = true;
                    System.out.println("STARTED");
                    System.out.flush();
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Math.min(len, 4096);
            }
        };
        Directory root = new Directory("", Attributes.root(0755), List.of(new RegularFile("big", Attributes.root(0644),
                new FileContent.FromStream("endless", 1L << 40 >>> 9, () -> endless))));
        new CpioWriter(Optional.empty()).write(root, Path.of(args[0]));
    }

    /** Starts the child writing {@code out/x.cpio} and waits until it has begun. */
    private static Process startWriter(Path out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), InterruptedWriteTest.class.getName(),
                out.resolve("x.cpio").toString()).redirectErrorStream(true).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()));
        String first = r.readLine();
        assertEquals("STARTED", first);
        try (var s = Files.list(out)) {
            assertEquals(1, s.count(), "the temporary file exists while writing");
        }
        return p;
    }

    @Test
    void killingTheWriterDeletesItsTemporaryFile() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Process p = startWriter(out);
        p.destroy(); // SIGTERM: shutdown hooks run, as on Ctrl-C
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        try (var s = Files.list(out)) {
            assertEquals(0, s.count(), "nothing left behind");
        }
    }

    /**
     * {@code kill -9} runs no shutdown hook: the temporary file stays until the next write of the same target,
     * which deletes it because the process named in it is gone (and leaves a live process's file alone).
     */
    @Test
    void aTemporaryFileLeftByAKilledWriterIsSweptByTheNextWrite() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Process p = startWriter(out);
        p.destroyForcibly(); // SIGKILL
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        Path live = Files.createFile(out.resolve(".x.cpio." + ProcessHandle.current().pid() + "-1.tmp"));
        try (var s = Files.list(out)) {
            assertEquals(2, s.count(), "the killed writer's file and this one");
        }
        try (AtomicOutput next = AtomicOutput.create(out.resolve("x.cpio"))) {
            next.output().write(new byte[] {1});
            next.commit();
        }
        try (var s = Files.list(out)) {
            assertEquals(List.of(live.getFileName().toString(), "x.cpio"),
                    s.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }
}
