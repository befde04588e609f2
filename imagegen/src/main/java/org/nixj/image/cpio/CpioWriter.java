package org.nixj.image.cpio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.nixj.image.compress.Compressor;
import org.nixj.image.io.AtomicOutput;
import org.nixj.image.io.ImageException;
import org.nixj.image.io.IoErrors;
import org.nixj.image.tree.ContentReader;
import org.nixj.image.tree.DeviceNode;
import org.nixj.image.tree.Directory;
import org.nixj.image.tree.FsNode;
import org.nixj.image.tree.RegularFile;
import org.nixj.image.tree.Symlink;

/**
 * Writes a tree as a newc cpio archive, optionally compressed (an initrd). The root is the entry
 * {@code .}; other entries are relative paths ({@code bin/sh}) in sorted pre-order, so a directory always
 * precedes its contents. Inode numbers count from 1 in that order, directories have {@code 2 + subdirs}
 * links and everything else one; the archive ends with {@code TRAILER!!!} padded to 512 bytes, as GNU cpio
 * does.
 */
public final class CpioWriter {
    private static final int BLOCK = 512;
    private final Optional<Compressor> compressor;
    private long ino;
    private long written;

    public CpioWriter(Optional<Compressor> compressor) {
        this.compressor = compressor;
    }

    /** Writes {@code root} to {@code output} atomically. */
    public void write(Directory root, Path output) throws ImageException {
        try (AtomicOutput out = AtomicOutput.create(output)) {
            OutputStream sink = out.output().asStream();
            OutputStream stream = compressor.isPresent() ? compressor.get().compressStream(sink) : sink;
            try (OutputStream buffered = new BufferedOutputStream(stream, 1 << 16)) {
                write(root, buffered);
            }
            out.commit();
        } catch (ImageException e) {
            throw e;
        } catch (IOException e) {
            throw new ImageException("cannot write '" + output + "': " + IoErrors.reason(e), e);
        }
    }

    /** Writes the archive (uncompressed) to {@code out}, which stays open. */
    public void write(Directory root, OutputStream out) throws IOException {
        ino = 0;
        written = 0;
        entry(out, root, ".");
        children(out, root, "");
        emit(out, new NewcHeader(0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, "TRAILER!!!").encode());
        emit(out, new byte[(int) ((BLOCK - written % BLOCK) % BLOCK)]);
    }

    private void children(OutputStream out, Directory dir, String prefix) throws IOException {
        for (FsNode c : dir.children()) {
            String path = prefix + c.name();
            entry(out, c, path);
            if (c instanceof Directory d) {
                children(out, d, path + "/");
            }
        }
    }

    private void entry(OutputStream out, FsNode n, String path) throws IOException {
        var a = n.attributes();
        long size = 0;
        long nlink = 1;
        long rmaj = 0;
        long rmin = 0;
        byte[] inline = null;
        switch (n) {
            case Directory d -> nlink = 2 + d.subdirectoryCount();
            case RegularFile f -> size = f.size();
            case Symlink s -> {
                inline = s.targetBytes();
                size = inline.length;
            }
            case DeviceNode d -> {
                rmaj = d.major();
                rmin = d.minor();
            }
        }
        if (size > 0xffffffffL) {
            throw new ImageException("cannot put '" + path + "' in a cpio archive: newc holds files under 4 GiB, it has " + size + " bytes");
        }
        emit(out, new NewcHeader(++ino, n.mode(), a.uid(), a.gid(), nlink, a.mtime(), size, 0, 0, rmaj, rmin, path).encode());
        if (inline != null) {
            emit(out, inline);
        } else if (n instanceof RegularFile f) {
            copy(out, f, path);
        }
        emit(out, new byte[(int) ((4 - (size & 3)) & 3)]);
    }

    private void copy(OutputStream out, RegularFile f, String path) throws IOException {
        byte[] buf = new byte[1 << 16];
        try (ContentReader r = new ContentReader(f, path)) {
            int n;
            while ((n = r.readBlock(buf)) > 0) {
                out.write(buf, 0, n);
                written += n;
            }
        }
    }

    private void emit(OutputStream out, byte[] b) throws IOException {
        out.write(b);
        written += b.length;
    }
}
