package org.nixj.image.tree;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import org.nixj.image.io.ChannelOutput;
import org.nixj.image.io.ImageException;
import org.nixj.image.io.IoErrors;

/**
 * Reads a file's contents in blocks and checks that it has exactly the size the layout was made for. A
 * file that vanished, shrank or grew since the tree was built is an {@link ImageException} naming it.
 */
public final class ContentReader implements AutoCloseable {
    private final RegularFile file;
    private final String where;
    private final InputStream in;
    private long remaining;

    /** Opens {@code file}; {@code where} is its path in the image, for messages. */
    public ContentReader(RegularFile file, String where) throws ImageException {
        this.file = file;
        this.where = where;
        this.remaining = file.size();
        try {
            this.in = file.content().open();
        } catch (NoSuchFileException e) {
            throw new ImageException("cannot read '" + file.content().describe() + "' (for " + where + "): it no longer exists");
        } catch (IOException e) {
            throw new ImageException("cannot read '" + file.content().describe() + "' (for " + where + "): " + IoErrors.reason(e));
        }
    }

    /**
     * Fills {@code buffer[0..n)} with the next {@code n = min(buffer.length, remaining)} bytes and returns
     * {@code n}; 0 at the end. At the end it also checks that the source has no more bytes.
     */
    public int readBlock(byte[] buffer) throws ImageException {
        int want = (int) Math.min(buffer.length, remaining);
        int got = 0;
        try {
            while (got < want) {
                int r = in.read(buffer, got, want - got);
                if (r < 0) {
                    throw changed("it is shorter than " + file.size() + " bytes");
                }
                got += r;
            }
            remaining -= got;
            if (remaining == 0 && got > 0 && in.read() >= 0) {
                throw changed("it is longer than " + file.size() + " bytes");
            }
        } catch (ImageException e) {
            throw e;
        } catch (IOException e) {
            throw new ImageException("cannot read '" + file.content().describe() + "' (for " + where + "): " + IoErrors.reason(e));
        }
        return got;
    }

    /** The number of bytes not read yet. */
    public long remaining() {
        return remaining;
    }

    private ImageException changed(String how) {
        return new ImageException("'" + file.content().describe() + "' (for " + where + ") changed while the image was written: " + how);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // Nothing was written through this stream; a failing close cannot lose data.
        }
    }

    /**
     * Copies the whole file into {@code out}, zero-copy ({@link FileChannel#transferTo}) when it comes
     * from a path, and checks its size.
     */
    public static void copy(RegularFile file, String where, ChannelOutput out) throws ImageException {
        var path = file.content().path();
        if (path.isEmpty()) {
            byte[] buf = new byte[1 << 20];
            try (ContentReader r = new ContentReader(file, where)) {
                int n;
                while ((n = r.readBlock(buf)) > 0) {
                    out.write(buf, 0, n);
                }
            } catch (ImageException e) {
                throw e;
            } catch (IOException e) {
                throw new ImageException("cannot write the image: " + IoErrors.reason(e), e);
            }
            return;
        }
        try (FileChannel in = FileChannel.open(path.get())) {
            long size = file.size();
            if (in.size() != size) {
                throw new ImageException("'" + path.get() + "' (for " + where + ") changed while the image was written: its size is now "
                        + in.size() + " bytes, not " + size);
            }
            long done = 0;
            while (done < size) {
                long n = out.transferFrom(in, done, size - done);
                if (n <= 0) {
                    throw new ImageException("'" + path.get() + "' (for " + where + ") changed while the image was written: it is shorter than "
                            + size + " bytes");
                }
                done += n;
            }
        } catch (NoSuchFileException e) {
            throw new ImageException("cannot read '" + path.get() + "' (for " + where + "): it no longer exists");
        } catch (ImageException e) {
            throw e;
        } catch (IOException e) {
            throw new ImageException("cannot copy '" + path.get() + "' (for " + where + "): " + IoErrors.reason(e), e);
        }
    }
}
