package org.nixj.image.tree;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Where a regular file's bytes come from. The size is fixed when the tree is built; a source that then
 * yields a different number of bytes is an error ({@link ContentReader} checks it), because the layout was
 * computed from that size.
 */
public sealed interface FileContent permits FileContent.FromPath, FileContent.FromStream, FileContent.FromBytes {

    /** The number of bytes the file has. */
    long size();

    /** A stream over the bytes; the caller closes it. */
    InputStream open() throws IOException;

    /** A channel over the bytes; the caller closes it. */
    ReadableByteChannel openChannel() throws IOException;

    /** The path the bytes come from, if they come from one (for zero-copy transfers). */
    default Optional<Path> path() {
        return Optional.empty();
    }

    /** What to call this source in an error message (a path, or a label). */
    String describe();

    /** The bytes of a file on disk, read at copy time. */
    record FromPath(Path file, long size) implements FileContent {
        @Override
        public InputStream open() throws IOException {
            return java.nio.file.Files.newInputStream(file);
        }

        @Override
        public ReadableByteChannel openChannel() throws IOException {
            return FileChannel.open(file, StandardOpenOption.READ);
        }

        @Override
        public Optional<Path> path() {
            return Optional.of(file);
        }

        @Override
        public String describe() {
            return file.toString();
        }
    }

    /** Bytes from a stream that can be opened again for every reader (a writer may read a file twice). */
    record FromStream(String label, long size, StreamOpener opener) implements FileContent {
        @Override
        public InputStream open() throws IOException {
            return opener.open();
        }

        @Override
        public ReadableByteChannel openChannel() throws IOException {
            return java.nio.channels.Channels.newChannel(opener.open());
        }

        @Override
        public String describe() {
            return label;
        }
    }

    /** Small generated contents (an init script, a loader entry); never used for copied files. */
    record FromBytes(String label, byte[] bytes) implements FileContent {
        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public InputStream open() {
            return new java.io.ByteArrayInputStream(bytes);
        }

        @Override
        public ReadableByteChannel openChannel() {
            return java.nio.channels.Channels.newChannel(open());
        }

        @Override
        public String describe() {
            return label;
        }
    }

    /** Opens a fresh stream over the same bytes each time. */
    @FunctionalInterface
    interface StreamOpener {
        InputStream open() throws IOException;
    }
}
