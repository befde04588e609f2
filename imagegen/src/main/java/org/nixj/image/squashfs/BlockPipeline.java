package org.nixj.image.squashfs;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import org.nixj.image.compress.Compressor;
import org.nixj.image.io.ChannelOutput;

/**
 * Compresses blocks on a pool of threads and writes them in submission order, so the image is the same
 * with any number of threads. Three kinds of work overlap: the submitting thread reads the next files
 * into block buffers, {@code threads} threads compress, and a writer thread appends finished blocks to the
 * image in order. Block buffers come from a fixed pool ({@link #buffer()} waits for a free one), which
 * bounds memory and lets the reader run ahead of compression by the pool's size; a buffer goes back to the
 * pool once its block is written.
 *
 * <p>Callbacks run on the writer thread; everything they write is visible to the submitting thread after
 * {@link #drain()} returns. An error on the writer or a compression thread is reported by the next
 * {@link #submit} or by {@link #drain()}.
 */
final class BlockPipeline implements AutoCloseable {
    /** Bit 24 of a block size word: the block is stored uncompressed. */
    static final int UNCOMPRESSED = 1 << 24;

    /** Told where a block landed and its size word. */
    interface Written {
        void at(long position, int sizeWord) throws IOException;
    }

    /** A queued block, or (with {@code done} set) the marker {@link #drain()} waits for. */
    private record Pending(Future<byte[]> result, byte[] raw, int length, Written callback, CompletableFuture<Void> done) {}

    private final ChannelOutput out;
    private final Compressor compressor;
    private final BlockCache cache;
    private final ExecutorService pool;
    private final BlockingQueue<byte[]> free;
    private final BlockingQueue<Pending> toWrite = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile Throwable failure;

    /**
     * @param blockSize the size of every buffer {@link #buffer()} hands out
     * @param threads compression threads; the pool holds {@code 4 × threads + 2} buffers
     * @param cache compressed blocks from earlier builds, or null
     */
    BlockPipeline(ChannelOutput out, Compressor compressor, int threads, int blockSize, BlockCache cache) {
        this.out = out;
        this.compressor = compressor;
        this.cache = cache;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "squashfs-compress");
            t.setDaemon(true);
            return t;
        });
        int buffers = 4 * threads + 2;
        this.free = new ArrayBlockingQueue<>(buffers);
        for (int i = 0; i < buffers; i++) {
            free.add(new byte[blockSize]);
        }
        this.writer = new Thread(this::writeLoop, "squashfs-write");
        writer.setDaemon(true);
        writer.start();
    }

    /** A block buffer from the pool, waiting until one is free; hand it back through {@link #submit}. */
    byte[] buffer() throws IOException {
        checkFailure();
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a block buffer");
        }
    }

    /** Queues {@code data[0..length)} (a buffer from {@link #buffer()}); the pipeline owns it from now on. */
    void submit(byte[] data, int length, Written callback) throws IOException {
        checkFailure();
        Future<byte[]> result = pool.submit(() -> pack(data, length));
        toWrite.add(new Pending(result, data, length, callback, null));
    }

    /** The block compressed, or null when it does not shrink and is stored as it is; from the cache if there. */
    private byte[] pack(byte[] data, int length) {
        byte[] key = cache == null ? null : BlockCache.key(data, length);
        if (key != null) {
            byte[] cached = cache.get(key);
            if (cached != null) {
                return cached == BlockCache.STORED_RAW ? null : cached;
            }
        }
        byte[] packed = compressor.compressBlock(data, length);
        if (packed.length >= length) {
            packed = null;
        }
        if (key != null) {
            cache.put(key, packed == null ? BlockCache.STORED_RAW : packed);
        }
        return packed;
    }

    /** Waits until every queued block is written and its callback has run. */
    void drain() throws IOException {
        CompletableFuture<Void> done = new CompletableFuture<>();
        toWrite.add(new Pending(null, null, 0, null, done));
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing blocks");
        } catch (ExecutionException e) {
            throw new IllegalStateException("the drain marker cannot fail", e);
        }
        checkFailure();
    }

    private void writeLoop() {
        try {
            while (true) {
                Pending p = toWrite.take();
                if (p.done() != null) {
                    p.done().complete(null);
                    continue;
                }
                if (failure == null) {
                    try {
                        write(p);
                    } catch (IOException | ExecutionException | RuntimeException e) {
                        failure = e instanceof ExecutionException x ? x.getCause() : e;
                    }
                }
                // After a failure blocks are dropped, but their buffers still return so the reader never hangs.
                free.add(p.raw());
            }
        } catch (InterruptedException e) {
            // close(): the image is being abandoned.
        }
    }

    private void write(Pending p) throws IOException, ExecutionException, InterruptedException {
        byte[] packed = p.result().get();
        long at = out.position();
        if (packed != null) {
            out.write(packed);
            p.callback().at(at, packed.length);
        } else {
            // Data that does not shrink is stored as it is, flagged in its size word.
            out.write(p.raw(), 0, p.length());
            p.callback().at(at, p.length() | UNCOMPRESSED);
        }
    }

    private void checkFailure() throws IOException {
        Throwable f = failure;
        if (f instanceof IOException io) {
            throw io;
        }
        if (f != null) {
            throw new IOException("compression failed: " + f, f);
        }
    }

    @Override
    public void close() {
        writer.interrupt();
        pool.shutdownNow();
    }
}
