package org.nixj.image.squashfs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32C;
import org.nixj.image.compress.Compressor;
import org.nixj.image.io.Bytes;
import org.nixj.image.io.ImageException;
import org.nixj.image.io.IoErrors;

/**
 * Compressed squashfs blocks kept on disk between builds, keyed by the SHA-256 of the uncompressed block.
 * A rebuild after a small change (a Nix store image where one path changed) reads and hashes every block
 * again but compresses only the blocks it has not seen; since compression is deterministic, the image is
 * byte-identical to a full build.
 *
 * <p>Entries live under {@code DIR/<compressor fingerprint>/<2 hex>/<62 hex>}. The fingerprint is a hash of
 * the compressor's options and of what it makes of a fixed probe block, so another level, or another
 * library version whose output differs, never reads these entries. Each entry is the compressed block
 * (empty when the block does not shrink and is stored raw) followed by a CRC32C of it; an entry that fails
 * its check is ignored and rewritten. Entries are written to a temporary file and renamed, so concurrent
 * builds may share a cache. Nothing is ever evicted: delete the directory to reclaim the space.
 */
public final class BlockCache {
    /** What {@link #get} returns for a block recorded as not shrinking. */
    static final byte[] STORED_RAW = new byte[0];

    private final Path dir;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    private BlockCache(Path dir) {
        this.dir = dir;
    }

    /** The cache in {@code root} for blocks made by {@code compressor}, creating directories as needed. */
    public static BlockCache open(Path root, Compressor compressor) throws ImageException {
        Path dir = root.resolve(fingerprint(compressor));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ImageException("cannot use '" + root + "' as a block cache: " + IoErrors.reason(e), e);
        }
        return new BlockCache(dir);
    }

    /** How many blocks were found so far. */
    public long hits() {
        return hits.get();
    }

    /** How many blocks had to be compressed so far. */
    public long misses() {
        return misses.get();
    }

    /** The key of {@code data[0..length)}. */
    static byte[] key(byte[] data, int length) {
        MessageDigest md = sha256();
        md.update(data, 0, length);
        return md.digest();
    }

    /** The compressed block for {@code key}, {@link #STORED_RAW}, or null when absent or damaged. */
    byte[] get(byte[] key) {
        Path f = file(key);
        byte[] b;
        try {
            b = Files.readAllBytes(f);
        } catch (IOException e) { // absent (the usual miss) or unreadable
            misses.incrementAndGet();
            return null;
        }
        if (b.length < 4 || Bytes.getLE32(b, b.length - 4) != crc(b, b.length - 4)) {
            misses.incrementAndGet();
            return null;
        }
        hits.incrementAndGet();
        return b.length == 4 ? STORED_RAW : java.util.Arrays.copyOf(b, b.length - 4);
    }

    /** Records {@code packed} (or {@link #STORED_RAW}) for {@code key}; a failure only costs a later miss. */
    void put(byte[] key, byte[] packed) {
        Path f = file(key);
        byte[] b = java.util.Arrays.copyOf(packed, packed.length + 4);
        Bytes.putLE32(b, packed.length, crc(packed, packed.length));
        try {
            Files.createDirectories(f.getParent());
            Path tmp = Files.createTempFile(f.getParent(), ".entry", ".tmp");
            try {
                Files.write(tmp, b);
                Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // The cache is an optimisation: the image is already correct without this entry.
        }
    }

    private Path file(byte[] key) {
        String hex = HexFormat.of().formatHex(key);
        return dir.resolve(hex.substring(0, 2)).resolve(hex.substring(2));
    }

    private static long crc(byte[] b, int len) {
        CRC32C c = new CRC32C();
        c.update(b, 0, len);
        return c.getValue();
    }

    /** The compressor's options and its output on a fixed 64 KiB probe of text and noise. */
    static String fingerprint(Compressor compressor) {
        byte[] probe = new byte[64 * 1024];
        Random r = new Random(20261207L);
        String text = "squashfs block cache probe: the quick brown fox jumps over the lazy dog\n";
        for (int i = 0; i < probe.length; i++) {
            probe[i] = i % 4096 < 1024 ? (byte) r.nextInt() : (byte) text.charAt(i % text.length());
        }
        MessageDigest md = sha256();
        md.update(compressor.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update(compressor.compressBlock(probe, probe.length));
        return compressor.name() + "-" + HexFormat.of().formatHex(md.digest(), 0, 12);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
