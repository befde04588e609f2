package org.nixj.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * Standard output that reports a failed write. {@link PrintStream} swallows write errors (a full disk, a
 * closed pipe), so a result could be lost while nixj exits with 0; under this stream the failed write throws
 * an {@link UncheckedIOException} (which {@code PrintStream} lets through), the command stops there, and the
 * error is reported as Nix reports it: {@code error: writing to file: No space left on device}, exit 1.
 */
final class StrictOutput extends FilterOutputStream {
    private StrictOutput(OutputStream out) {
        super(out);
    }

    /** A print stream on file descriptor 1 whose failed writes throw, with {@code template}'s charset. */
    static PrintStream standardOutput(PrintStream template) {
        return new PrintStream(new BufferedOutputStream(new StrictOutput(new FileOutputStream(FileDescriptor.out)), 1 << 16),
                true, template.charset());
    }

    /**
     * {@code out} with a failed write thrown again as the {@link IOException} it was, for a writer (picocli's
     * {@link java.io.PrintWriter}) that should swallow it like any other.
     */
    static OutputStream checked(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                try {
                    out.write(b);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    out.write(b, off, len);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }

            @Override
            public void flush() throws IOException {
                try {
                    out.flush();
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        };
    }

    @Override
    public void write(int b) {
        try {
            out.write(b);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Nix's words for a failed write: {@code writing to file: } and the system's reason. */
    static UncheckedIOException failure(IOException e) {
        return new UncheckedIOException(new IOException("writing to file: " + e.getMessage(), e));
    }
}
