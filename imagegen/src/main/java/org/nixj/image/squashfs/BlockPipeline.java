package org.nixj.image.squashfs;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.nixj.image.compress.Compressor;
import org.nixj.image.io.ChannelOutput;

/**
 * Compresses blocks on a pool of threads and writes them in submission order, so the image is the same
 * with any number of threads. At most {@code 3 × threads} blocks are in flight; when that many wait, the
 * oldest is written before another is accepted. Results are reported through a callback on the submitting
 * thread, so callers need no locking.
 */
final class BlockPipeline implements AutoCloseable {
    /** Bit 24 of a block size word: the block is stored uncompressed. */
    static final int UNCOMPRESSED = 1 << 24;

    /** Told where a block landed and its size word. */
    interface Written {
        void at(long position, int sizeWord) throws IOException;
    }

    private record Pending(Future<byte[]> result, byte[] raw, int length, Written callback) {}

    private final ChannelOutput out;
    private final Compressor compressor;
    private final ExecutorService pool;
    private final int limit;
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();

    BlockPipeline(ChannelOutput out, Compressor compressor, int threads) {
        this.out = out;
        this.compressor = compressor;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "squashfs-compress");
            t.setDaemon(true);
            return t;
        });
        this.limit = 3 * threads;
    }

    /** Queues {@code data[0..length)}; the pipeline owns {@code data} from now on. */
    void submit(byte[] data, int length, Written callback) throws IOException {
        while (queue.size() >= limit) {
            writeOldest();
        }
        queue.add(new Pending(pool.submit(() -> compressor.compressBlock(data, length)), data, length, callback));
    }

    /** Writes everything still queued. */
    void drain() throws IOException {
        while (!queue.isEmpty()) {
            writeOldest();
        }
    }

    private void writeOldest() throws IOException {
        Pending p = queue.poll();
        byte[] packed;
        try {
            packed = p.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while compressing");
        } catch (ExecutionException e) {
            throw new IOException("compression failed: " + e.getCause(), e.getCause());
        }
        long at = out.position();
        if (packed.length < p.length()) {
            out.write(packed);
            p.callback().at(at, packed.length);
        } else {
            // Data that does not shrink is stored as it is, flagged in its size word.
            out.write(p.raw(), 0, p.length());
            p.callback().at(at, p.length() | UNCOMPRESSED);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
