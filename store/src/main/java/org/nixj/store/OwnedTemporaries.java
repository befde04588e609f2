package org.nixj.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Temporary files and directories whose names say which process owns them ({@code <kind>-<pid>-<random>}), so
 * that what a killed process left behind can be recognised and removed by the next one.
 *
 * <p>Two kinds of clean-up: on a JVM shutdown (Ctrl-C, SIGTERM) a hook deletes the temporaries this process
 * still holds ({@link #createDirectory} registers them, {@link #delete} releases them); after {@code kill -9},
 * which runs no hook, {@link #sweep} deletes those whose owner is no longer a live process. A name whose
 * process id is alive (its owner, or an unrelated process that got the id since) is left alone.
 */
public final class OwnedTemporaries {
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
    /** The (directory, kind) pairs swept by this process: once per process is enough. */
    private static final Set<String> SWEPT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(OwnedTemporaries::deleteHeld, "nixj-temporaries-cleanup"));
    }

    private OwnedTemporaries() {}

    /** The start of the names of this process's temporaries of {@code kind}: {@code <kind>-<pid>-}. */
    public static String prefix(String kind) {
        return kind + "-" + ProcessHandle.current().pid() + "-";
    }

    /**
     * A new directory in {@code dir} named for this process, deleted by the shutdown hook unless
     * {@link #delete} deleted it first. Stale temporaries of the same kind in {@code dir} are swept first.
     */
    public static Path createDirectory(Path dir, String kind) throws IOException {
        sweepOnce(dir, kind);
        Path created = Files.createTempDirectory(dir, prefix(kind));
        HELD.add(created);
        return created;
    }

    /** Deletes a temporary tree made by {@link #createDirectory} (a missing one is fine). */
    public static void delete(Path temporary) throws IOException {
        try {
            deleteTree(temporary);
        } finally {
            HELD.remove(temporary);
        }
    }

    /** {@link #sweep}, at most once per process for each directory and kind. */
    public static void sweepOnce(Path dir, String kind) {
        if (SWEPT.add(dir.toAbsolutePath().normalize() + "\0" + kind)) {
            sweep(dir, kind);
        }
    }

    /**
     * Deletes the entries of {@code dir} named {@code <kind>-<pid>-...} whose process {@code pid} is not alive.
     * Best effort: what cannot be deleted (another user's, gone meanwhile) is left.
     */
    public static void sweep(Path dir, String kind) {
        String start = kind + "-";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, start + "*")) {
            for (Path entry : entries) {
                long pid = ownerOf(entry.getFileName().toString(), start);
                if (pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) == Boolean.FALSE) {
                    try {
                        deleteTree(entry);
                    } catch (IOException e) {
                        // Not ours to delete after all, or deleted meanwhile: leave it.
                    }
                }
            }
        } catch (IOException e) {
            // A directory that cannot be listed has nothing we could sweep.
        }
    }

    /** The process id in {@code <start><pid>-...}, or -1 if the name has none. */
    static long ownerOf(String name, String start) {
        int dash = name.indexOf('-', start.length());
        if (!name.startsWith(start) || dash <= start.length()) {
            return -1;
        }
        try {
            return Long.parseLong(name, start.length(), dash, 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The shutdown hook. The thread that was filling a directory may still be adding to it while it is being
     * deleted, so each is tried a few times; whatever it adds after that, the next run's sweep removes.
     */
    private static void deleteHeld() {
        for (Path held : HELD) {
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    deleteTree(held);
                    break;
                } catch (IOException e) {
                    // Try again: the directory was not empty yet.
                }
            }
        }
    }

    /** Deletes a tree without following symbolic links; a missing tree is fine. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                makeWritable(file.getParent());
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) {
                    throw e;
                }
                makeWritable(dir.getParent());
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Store objects are made read-only before they are committed: their directories must be opened up. */
    private static void makeWritable(Path dir) {
        if (dir != null && !Files.isWritable(dir) && !Files.isSymbolicLink(dir)) {
            dir.toFile().setWritable(true, true);
        }
    }
}
