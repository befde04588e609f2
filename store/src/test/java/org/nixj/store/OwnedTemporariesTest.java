package org.nixj.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Temporaries named for their process: deleted on SIGTERM by the shutdown hook, and after {@code kill -9} by
 * the next process's sweep, which leaves live processes' temporaries alone.
 */
class OwnedTemporariesTest {
    @TempDir
    Path dir;

    /** The child: makes a temporary directory with files in {@code args[0]}, says where, and waits to be killed. */
    public static void main(String[] args) throws Exception {
        Path temp = OwnedTemporaries.createDirectory(Path.of(args[0]), "nixj-test");
        Files.writeString(Files.createDirectories(temp.resolve("a/b")).resolve("c"), "c");
        System.out.println(temp);
        System.out.flush();
        Thread.sleep(600_000);
    }

    private Process child() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), OwnedTemporariesTest.class.getName(),
                dir.toString()).redirectErrorStream(true).start();
    }

    private static Path announced(Process p) throws Exception {
        Path temp = Path.of(new BufferedReader(new InputStreamReader(p.getInputStream())).readLine());
        assertTrue(Files.isRegularFile(temp.resolve("a/b/c")));
        return temp;
    }

    /** A process id no process has: one that just ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return p.pid();
    }

    @Test
    void aTerminatedProcessDeletesItsTemporaries() throws Exception {
        Process p = child();
        Path temp = announced(p);
        assertTrue(temp.getFileName().toString().startsWith("nixj-test-" + p.pid() + "-"), temp.toString());
        p.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook runs
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertFalse(Files.exists(temp));
    }

    @Test
    void theNextProcessSweepsWhatAKilledOneLeft() throws Exception {
        Process p = child();
        Path killed = announced(p);
        p.destroyForcibly(); // SIGKILL: no hook runs
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertTrue(Files.exists(killed));
        Path mine = Files.createDirectory(dir.resolve(OwnedTemporaries.prefix("nixj-test") + "x"));
        Path dead = Files.createDirectory(dir.resolve("nixj-test-" + deadPid() + "-y"));
        Path other = Files.createDirectory(dir.resolve("nixj-test-notapid"));
        OwnedTemporaries.sweep(dir, "nixj-test");
        assertFalse(Files.exists(killed));
        assertFalse(Files.exists(dead));
        assertTrue(Files.exists(mine));
        assertTrue(Files.exists(other));
    }

    @Test
    void theStoreSweepsItsTemporaryDirectoryWhenItFirstNeedsIt() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("store/.nixj/tmp"));
        Path stale = Files.createDirectories(tmp.resolve("tmp-" + deadPid() + "-0000/sub"));
        Files.writeString(stale.resolve("partial"), "x");
        // A partial copy is read-only where the store made it so.
        stale.toFile().setWritable(false);
        LocalStore store = new LocalStore(StoreDirectory.DEFAULT, dir.resolve("store"));
        Path fresh = store.temporaryPath();
        assertTrue(fresh.getFileName().toString().startsWith("tmp-" + ProcessHandle.current().pid() + "-"));
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void ownersAreReadOnlyFromWellFormedNames() {
        assertEquals(42, OwnedTemporaries.ownerOf("k-42-abc", "k-"));
        assertEquals(-1, OwnedTemporaries.ownerOf("k-42", "k-"));
        assertEquals(-1, OwnedTemporaries.ownerOf("k--abc", "k-"));
        assertEquals(-1, OwnedTemporaries.ownerOf("k-4x2-abc", "k-"));
        assertEquals(-1, OwnedTemporaries.ownerOf("j-42-abc", "k-"));
    }
}
