package org.nixj.image.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A buffered sequential writer over a file channel that knows its position. Small structures go through a
 * 1 MiB buffer; bulk file contents bypass it ({@link #channelForBulkCopy()} flushes first). Positional
 * patches ({@link #patch}) write behind the current position without moving it.
 */
public final class ChannelOutput implements AutoCloseable {
    private static final byte[] ZEROS = new byte[64 * 1024];
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
    private long flushed;

    public ChannelOutput(FileChannel channel) throws IOException {
        this.channel = channel;
        this.flushed = channel.position();
    }

    /** The offset of the next byte written. */
    public long position() {
        return flushed + buffer.position();
    }

    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    public void write(byte[] b, int off, int len) throws IOException {
        if (len > buffer.remaining()) {
            flush();
            if (len > buffer.capacity()) {
                writeFully(ByteBuffer.wrap(b, off, len));
                return;
            }
        }
        buffer.put(b, off, len);
    }

    /** Writes {@code count} zero bytes. */
    public void zeros(long count) throws IOException {
        while (count > 0) {
            if (!buffer.hasRemaining()) {
                flush();
            }
            int n = (int) Math.min(count, Math.min(buffer.remaining(), ZEROS.length));
            buffer.put(ZEROS, 0, n);
            count -= n;
        }
    }

    /** Pads with zeros up to the next multiple of {@code align} (a power of two). */
    public void padTo(long align) throws IOException {
        zeros(Bytes.alignUp(position(), align) - position());
    }

    /** Pads with zeros up to the absolute offset {@code offset}, which must not be behind us. */
    public void padToOffset(long offset) throws IOException {
        if (offset < position()) {
            throw new IllegalStateException("layout error: at " + position() + ", asked to move back to " + offset);
        }
        zeros(offset - position());
    }

    /** Flushes the buffer and returns the channel for a bulk transfer that appends at {@link #position()}. */
    public WritableByteChannel channelForBulkCopy() throws IOException {
        flush();
        return new WritableByteChannel() {
            @Override
            public int write(ByteBuffer src) throws IOException {
                int n = channel.write(src);
                flushed += n;
                return n;
            }

            @Override
            public boolean isOpen() {
                return channel.isOpen();
            }

            @Override
            public void close() {
                // The channel belongs to the ChannelOutput.
            }
        };
    }

    /**
     * Appends up to {@code count} bytes of {@code src} from {@code srcPosition} with
     * {@link FileChannel#transferTo} (zero-copy where the OS allows) and returns how many were copied.
     */
    public long transferFrom(FileChannel src, long srcPosition, long count) throws IOException {
        flush();
        long n = src.transferTo(srcPosition, count, channel);
        flushed += n;
        return n;
    }

    /** An {@link OutputStream} view appending at the current position (for compressing streams). */
    public OutputStream asStream() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                ChannelOutput.this.write(new byte[] {(byte) b});
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ChannelOutput.this.write(b, off, len);
            }
        };
    }

    /** Writes {@code b} at absolute offset {@code offset}, behind or ahead of the current position. */
    public void patch(long offset, byte[] b) throws IOException {
        flush();
        ByteBuffer bb = ByteBuffer.wrap(b);
        long at = offset;
        while (bb.hasRemaining()) {
            at += channel.write(bb, at);
        }
    }

    public void flush() throws IOException {
        buffer.flip();
        flushed += writeAll(buffer);
        buffer.clear();
    }

    private void writeFully(ByteBuffer bb) throws IOException {
        flushed += writeAll(bb);
    }

    private int writeAll(ByteBuffer bb) throws IOException {
        int n = 0;
        while (bb.hasRemaining()) {
            n += channel.write(bb);
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
