package org.nixj.image.compress;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Reports a compressing stream's failure once. xz-java's streams keep the first exception and throw that same
 * object again from every later call, {@code close()} included; a try-with-resources that closes such a stream
 * after its write failed then adds the exception to itself, which the JVM refuses with "Self-suppression not
 * permitted", hiding the real error (a full disk). After a failure, this stream's later writes and flushes
 * throw a new exception with the same message and the first as its cause, and {@code close()} releases the
 * stream without repeating it.
 */
final class FailureOnceStream extends FilterOutputStream {
    private IOException failure;

    FailureOnceStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        checkNotFailed();
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        checkNotFailed();
        try {
            out.flush();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        if (failure == null) {
            out.close();
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            // The failure already reported, thrown again by the stream: nothing new to say.
        }
    }

    private void checkNotFailed() throws IOException {
        if (failure != null) {
            throw new IOException(failure.getMessage(), failure);
        }
    }
}
