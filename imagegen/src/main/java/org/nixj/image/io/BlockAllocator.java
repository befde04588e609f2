package org.nixj.image.io;

/**
 * Hands out consecutive runs of fixed-size blocks, in the order a writer lays out its image. Allocation is
 * purely arithmetic, so the layout phase can finish before a byte is written.
 */
public final class BlockAllocator {
    private final int blockSize;
    private long next;

    /** An allocator of {@code blockSize}-byte blocks whose first free block is {@code first}. */
    public BlockAllocator(int blockSize, long first) {
        this.blockSize = blockSize;
        this.next = first;
    }

    /** Reserves enough whole blocks for {@code bytes} bytes (none for 0) and returns the first. */
    public long allocate(long bytes) {
        long start = next;
        next += Bytes.units(bytes, blockSize);
        return start;
    }

    /** Reserves exactly {@code count} blocks and returns the first. */
    public long allocateBlocks(long count) {
        long start = next;
        next += count;
        return start;
    }

    /** The first block not yet handed out (the number of blocks in use, counting from 0). */
    public long next() {
        return next;
    }

    /** Moves the next free block up to a multiple of {@code blocks}. */
    public void alignTo(long blocks) {
        next = (next + blocks - 1) / blocks * blocks;
    }

    public int blockSize() {
        return blockSize;
    }
}
