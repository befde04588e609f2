package org.nixj.image.squashfs;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nixj.image.io.ImageException;
import org.nixj.image.tree.ContentReader;
import org.nixj.image.tree.RegularFile;

/**
 * Writes file contents as data blocks and packs files smaller than a block into shared fragment blocks.
 * A file whose size and SHA-256 equal an earlier file's reuses that file's blocks or fragment
 * (deduplication); only files whose size occurs more than once are hashed, so unique files are read once.
 *
 * <p>Files are read on the calling thread straight into the pipeline's pooled block buffers. Where blocks
 * land is filled in by the pipeline's writer thread and may be read only after {@link #finish()}.
 */
final class DataWriter implements AutoCloseable {
    /** Where a file's data went; filled in as its blocks are written (complete after {@link #finish()}). */
    static final class FileData {
        final long size;
        long blocksStart;
        int[] blockSizes;
        long fragment = Inode.NO_FRAGMENT;
        int fragmentOffset;

        FileData(long size, int blocks) {
            this.size = size;
            this.blockSizes = new int[blocks];
        }
    }

    /** A fragment table entry: where the fragment block is and its size word. */
    record Fragment(long start, int sizeWord) {}

    private final BlockPipeline pipeline;
    private final int blockSize;
    private final boolean fragments;
    private final Map<Long, Integer> sizeCounts;
    private final Map<String, FileData> seen = new HashMap<>();
    /** Fragment table entries by index, set on the writer thread as fragment blocks are written. */
    private final Map<Integer, Fragment> fragmentTable = new java.util.concurrent.ConcurrentHashMap<>();
    private int fragmentCount;
    private byte[] fragmentBuffer;
    private int fragmentUsed;

    DataWriter(BlockPipeline pipeline, int blockSize, boolean fragments, Map<Long, Integer> sizeCounts) {
        this.pipeline = pipeline;
        this.blockSize = blockSize;
        this.fragments = fragments;
        this.sizeCounts = sizeCounts;
    }

    /** Writes (or deduplicates) one file. */
    FileData write(RegularFile f, String path) throws IOException {
        long size = f.size();
        if (size == 0) {
            return new FileData(0, 0);
        }
        boolean tailOnly = fragments && size < blockSize;
        String digest = null;
        byte[] small = null;
        if (tailOnly) {
            small = new byte[(int) size];
            try (ContentReader r = new ContentReader(f, path)) {
                r.readBlock(small);
            }
        }
        if (sizeCounts.getOrDefault(size, 0) > 1) {
            digest = size + ":" + (small != null ? sha256(small) : sha256(f, path));
            FileData earlier = seen.get(digest);
            if (earlier != null) {
                return earlier;
            }
        }
        FileData d = tailOnly ? addFragment(small) : writeBlocks(f, path);
        if (digest != null) {
            seen.put(digest, d);
        }
        return d;
    }

    private FileData writeBlocks(RegularFile f, String path) throws IOException {
        long size = f.size();
        int blocks = (int) ((size + blockSize - 1) / blockSize);
        FileData d = new FileData(size, blocks);
        try (ContentReader r = new ContentReader(f, path)) {
            for (int i = 0; i < blocks; i++) {
                byte[] buf = pipeline.buffer();
                int n = r.readBlock(buf);
                int index = i;
                pipeline.submit(buf, n, (at, word) -> {
                    if (index == 0) {
                        d.blocksStart = at;
                    }
                    d.blockSizes[index] = word;
                });
            }
        }
        return d;
    }

    private FileData addFragment(byte[] data) throws IOException {
        if (fragmentUsed + data.length > blockSize) {
            flushFragment();
        }
        if (fragmentBuffer == null) {
            fragmentBuffer = pipeline.buffer();
        }
        FileData d = new FileData(data.length, 0);
        d.fragment = fragmentCount; // the open fragment's index: the next table slot
        d.fragmentOffset = fragmentUsed;
        System.arraycopy(data, 0, fragmentBuffer, fragmentUsed, data.length);
        fragmentUsed += data.length;
        return d;
    }

    private void flushFragment() throws IOException {
        if (fragmentUsed == 0) {
            return;
        }
        int index = fragmentCount++;
        pipeline.submit(fragmentBuffer, fragmentUsed, (at, word) -> fragmentTable.put(index, new Fragment(at, word)));
        fragmentBuffer = null;
        fragmentUsed = 0;
    }

    /** Flushes the last fragment and waits for every block; returns the fragment table. */
    List<Fragment> finish() throws IOException {
        flushFragment();
        pipeline.drain();
        List<Fragment> table = new ArrayList<>(fragmentCount);
        for (int i = 0; i < fragmentCount; i++) {
            table.add(fragmentTable.get(i));
        }
        return table;
    }

    private static String sha256(byte[] b) {
        return java.util.HexFormat.of().formatHex(digest().digest(b));
    }

    private String sha256(RegularFile f, String path) throws ImageException {
        MessageDigest md = digest();
        byte[] buf = new byte[1 << 20];
        try (ContentReader r = new ContentReader(f, path)) {
            int n;
            while ((n = r.readBlock(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return java.util.HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public void close() {
        pipeline.close();
    }
}
