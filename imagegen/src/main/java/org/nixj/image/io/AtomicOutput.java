package org.nixj.image.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An output file that appears whole or not at all. Bytes go to a temporary file in the target's directory
 * (so the final rename stays on one file system); {@link #commit()} forces them to disk and renames the
 * file over the target. Closing without committing deletes the temporary file, and so does a JVM shutdown
 * (Ctrl-C) while a write is under way: a failed or interrupted build leaves nothing behind. The temporary
 * file's name carries the writing process's id, so that one left by a process killed outright (which runs
 * no hook) is deleted by the next write of the same target once that process is gone.
 *
 * <p>The set of open temporary files is static because a shutdown hook is process-wide; it holds only
 * files that are being written at this moment.
 */
public final class AtomicOutput implements AutoCloseable {
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static final Thread CLEANER = new Thread(AtomicOutput::deletePending, "nixj-image-cleanup");

    static {
        Runtime.getRuntime().addShutdownHook(CLEANER);
    }

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final ChannelOutput output;
    private boolean committed;

    private AtomicOutput(Path target, Path temp, FileChannel channel) throws IOException {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        this.output = new ChannelOutput(channel);
    }

    /** Starts writing {@code target}; its directory must exist. */
    public static AtomicOutput create(Path target) throws ImageException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ImageException("cannot write '" + target + "': directory '" + dir + "' does not exist");
        }
        if (Files.isDirectory(abs)) {
            throw new ImageException("cannot write '" + target + "': it is a directory");
        }
        Path temp = null;
        try {
            sweepStale(dir, abs.getFileName().toString());
            temp = Files.createTempFile(dir, "." + abs.getFileName() + "." + ProcessHandle.current().pid() + "-", ".tmp");
            PENDING.add(temp);
            FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.READ,
                    StandardOpenOption.TRUNCATE_EXISTING);
            return new AtomicOutput(abs, temp, ch);
        } catch (IOException e) {
            if (temp != null) {
                PENDING.remove(temp);
                deleteQuietly(temp);
            }
            throw new ImageException("cannot write '" + target + "': " + IoErrors.reason(e), e);
        }
    }

    /** The buffered writer over the temporary file. */
    public ChannelOutput output() {
        return output;
    }

    /** The temporary file's channel, for writers that patch or read back what they wrote. */
    public FileChannel channel() {
        return channel;
    }

    /** The file that appears on {@link #commit()}. */
    public Path target() {
        return target;
    }

    /** Flushes, forces to disk and renames the temporary file over the target. */
    public void commit() throws ImageException {
        try {
            output.flush();
            channel.force(true);
            channel.close();
            // Temporary files are created 0600; an image is an ordinary output file.
            try {
                Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: keep its default permissions.
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
            PENDING.remove(temp);
        } catch (IOException e) {
            throw new ImageException("cannot write '" + target + "': " + IoErrors.reason(e), e);
        }
    }

    /** Deletes the temporary file unless {@link #commit()} succeeded. */
    @Override
    public void close() {
        if (!committed) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // The file is deleted next; nothing more can be done with it.
            }
            deleteQuietly(temp);
            PENDING.remove(temp);
        }
    }

    /**
     * Deletes the temporary files of {@code name} (".NAME.PID-RANDOM.tmp") that a process killed outright
     * ({@code kill -9}: no shutdown hook runs) left beside it, if process PID is no longer alive.
     */
    private static void sweepStale(Path dir, String name) {
        String start = "." + name + ".";
        try (var entries = Files.newDirectoryStream(dir,
                f -> f.getFileName().toString().startsWith(start) && f.getFileName().toString().endsWith(".tmp"))) {
            for (Path entry : entries) {
                String rest = entry.getFileName().toString().substring(start.length());
                int dash = rest.indexOf('-');
                if (dash > 0 && rest.substring(0, dash).chars().allMatch(Character::isDigit)
                        && !ProcessHandle.of(Long.parseLong(rest.substring(0, dash))).map(ProcessHandle::isAlive).orElse(false)) {
                    deleteQuietly(entry);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Nothing that can be swept; the write itself will report a directory it cannot use.
        }
    }

    private static void deletePending() {
        for (Path p : PENDING) {
            deleteQuietly(p);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // Best effort during cleanup.
        }
    }
}
