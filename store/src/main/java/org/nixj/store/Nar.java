package org.nixj.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.nixj.os.FileNames;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;
import org.nixj.store.hash.HashSink;

/**
 * Nix ARchive serialisation of a file tree, byte-identical to Nix's: the only things recorded are file
 * contents, the executable bit, symbolic link targets and directory entries sorted by the bytes of their
 * names, so equal trees give equal archives on any machine. Every string is framed as a little-endian 64-bit
 * length, the bytes, and zero padding to a multiple of 8.
 */
public final class Nar {
    private static final byte[] ZEROS = new byte[8];

    private Nar() {}

    /** The NAR hash of the tree at {@code root} (and the NAR's size). */
    public static HashedNar hash(Path root, HashAlgorithm algorithm) throws IOException {
        return hash(root, PathFilter.ALL, algorithm);
    }

    /** The NAR hash of the tree at {@code root} without what {@code filter} leaves out (and the NAR's size). */
    public static HashedNar hash(Path root, PathFilter filter, HashAlgorithm algorithm) throws IOException {
        HashSink sink = new HashSink(algorithm);
        write(root, filter, sink);
        return new HashedNar(sink.finish(), sink.size());
    }

    /** The hash of a regular file's bytes (a flat content hash). */
    public static Hash hashFile(Path file, HashAlgorithm algorithm) throws IOException {
        HashSink sink = new HashSink(algorithm);
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(sink);
        }
        return sink.finish();
    }

    /** A NAR's hash and size. */
    public record HashedNar(Hash hash, long size) {}

    /**
     * Writes the NAR of the tree at {@code root} to {@code out}, leaving out the entries {@code filter}
     * rejects (the root itself is always there). The filter is asked once per entry, in NAR order.
     */
    public static void write(Path root, PathFilter filter, OutputStream out) throws IOException {
        string(out, "nix-archive-1");
        node(root, filter, out);
    }

    private static void node(Path file, PathFilter filter, OutputStream out) throws IOException {
        string(out, "(");
        string(out, "type");
        switch (FileKind.of(file)) {
            case REGULAR -> {
                string(out, "regular");
                if (Files.isExecutable(file)) {
                    string(out, "executable");
                    string(out, "");
                }
                string(out, "contents");
                contents(file, out);
            }
            case SYMLINK -> {
                string(out, "symlink");
                string(out, "target");
                string(out, FileNames.bytes(Files.readSymbolicLink(file)));
            }
            case DIRECTORY -> {
                string(out, "directory");
                for (Entry entry : sortedEntries(file)) {
                    if (!filter.accept(entry.file(), FileKind.of(entry.file()))) {
                        continue;
                    }
                    string(out, "entry");
                    string(out, "(");
                    string(out, "name");
                    string(out, entry.name());
                    string(out, "node");
                    node(entry.file(), filter, out);
                    string(out, ")");
                }
            }
            case UNKNOWN -> throw new IOException("file '" + file + "' has an unsupported type");
        }
        string(out, ")");
    }

    private record Entry(byte[] name, Path file) {}

    /** Directory entries in the order of the bytes of their names, as Nix sorts them. */
    private static List<Entry> sortedEntries(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> new Entry(FileNames.bytes(p.getFileName()), p))
                    .sorted((a, b) -> Arrays.compareUnsigned(a.name(), b.name()))
                    .toList();
        }
    }

    private static void contents(Path file, OutputStream out) throws IOException {
        long size = Files.size(file);
        length(out, size);
        try (InputStream in = Files.newInputStream(file)) {
            long copied = in.transferTo(out);
            if (copied != size) {
                throw new IOException("file '" + file + "' changed while it was being archived");
            }
        }
        padding(out, size);
    }

    private static void string(OutputStream out, String ascii) throws IOException {
        string(out, ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void string(OutputStream out, byte[] bytes) throws IOException {
        length(out, bytes.length);
        out.write(bytes);
        padding(out, bytes.length);
    }

    private static void length(OutputStream out, long n) throws IOException {
        for (int i = 0; i < 8; i++) {
            out.write((int) (n >>> (8 * i)) & 0xff);
        }
    }

    private static void padding(OutputStream out, long size) throws IOException {
        int pad = (int) ((8 - size % 8) % 8);
        out.write(ZEROS, 0, pad);
    }
}
