package org.nixj.image.squashfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.nixj.image.compress.GzipCompressor;
import org.nixj.image.io.Bytes;

class SquashfsStructuresTest {

    @Property
    void superblockRoundTrips(@ForAll @LongRange(max = 0xffffffffL) long inodes, @ForAll @IntRange(min = 12, max = 20) int log,
            @ForAll @LongRange(min = 96) long bytesUsed) {
        Superblock s = new Superblock(inodes, 315532800L, 1 << log, 3, Superblock.XZ, 0x0640, 1, 0x1234_0056L, bytesUsed,
                bytesUsed - 8, Superblock.ABSENT, 96, 1000, bytesUsed - 40, Superblock.ABSENT);
        byte[] b = s.encode();
        assertEquals(96, b.length);
        assertEquals(0x73717368L, Bytes.getLE32(b, 0));
        assertEquals(log, Bytes.getLE16(b, 22));
        assertEquals(s, Superblock.decode(b));
    }

    @Property
    void fileInodesRoundTripInBasicAndExtendedForm(@ForAll @LongRange(max = 1L << 40) long size, @ForAll @LongRange(max = 1L << 36) long start,
            @ForAll boolean withFragment) {
        int blockSize = 1 << 20;
        long blocks = withFragment ? size / blockSize : (size + blockSize - 1) / blockSize;
        int[] sizes = new int[(int) Math.min(blocks, 5000)];
        if (sizes.length != blocks) {
            return; // keep the block list small
        }
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = i % 3 == 0 ? blockSize | BlockPipeline.UNCOMPRESSED : 1000 + i;
        }
        Inode.File f = new Inode.File(new Inode.Header(0644, 0, 1, 42, 7), start, size, sizes,
                withFragment ? 12 : Inode.NO_FRAGMENT, withFragment ? 4096 : 0);
        byte[] b = f.encode();
        boolean ext = size > 0xffffffffL || start > 0xffffffffL;
        assertEquals(ext ? Inode.EXT_FILE : Inode.BASIC_FILE, Bytes.getLE16(b, 0));
        assertEquals((ext ? 56 : 32) + 4 * sizes.length, b.length);
        assertEquals(f, Inode.decode(b, 0, blockSize));
    }

    @Property
    void directoryInodesBecomeExtendedBeyond16Bits(@ForAll @LongRange(max = 1 << 24) long listing, @ForAll @IntRange(max = 8191) int offset) {
        Inode.Dir d = new Inode.Dir(new Inode.Header(0755, 0, 0, 1, 9), 77, offset, listing, 5, 10);
        byte[] b = d.encode();
        assertEquals(listing + 3 > 0xffff ? Inode.EXT_DIR : Inode.BASIC_DIR, Bytes.getLE16(b, 0));
        assertEquals(d, Inode.decode(b, 0, 1 << 20));
    }

    @Property
    void deviceNumbersUseTheKernelsEncoding(@ForAll @IntRange(max = 4095) int major, @ForAll @IntRange(max = 0xfffff) int minor) {
        byte[] b = new Inode.Special(new Inode.Header(0600, 0, 0, 0, 3), Inode.BASIC_BLOCK, major, minor).encode();
        long dev = Bytes.getLE32(b, 20);
        // The kernel's new_decode_dev, written out independently.
        assertEquals(major, (int) ((dev & 0xfff00) >> 8));
        assertEquals(minor, (int) ((dev & 0xff) | ((dev >> 12) & 0xfff00)));
    }

    @Property
    void listingsRoundTripAndSplitHeadersWhereTheyMust(@ForAll @Size(min = 1, max = 700) List<@IntRange(min = 0, max = 3) Integer> steps) {
        List<DirectoryListing.Entry> entries = new ArrayList<>();
        long chunk = 0;
        long ino = 100;
        int n = 0;
        for (int s : steps) {
            if (s == 3) {
                chunk += 3000; // the next inode lives in another metadata chunk
            }
            ino += s == 2 ? 40000 : 1; // a jump too large for a 16-bit difference
            entries.add(new DirectoryListing.Entry(String.format("name-%05d", n++), chunk << 16 | (n * 40 % 8192), ino, 2));
        }
        byte[] b = DirectoryListing.encode(entries);
        assertEquals(entries, DirectoryListing.decode(b, 0, b.length));
        // Walk the headers: each run is at most 256 long, one chunk, differences in range.
        int off = 0;
        int seen = 0;
        while (off < b.length) {
            long count = Bytes.getLE32(b, off) + 1;
            assertTrue(count <= 256);
            long c = Bytes.getLE32(b, off + 4);
            long base = Bytes.getLE32(b, off + 8);
            off += 12;
            for (int k = 0; k < count; k++) {
                DirectoryListing.Entry e = entries.get(seen++);
                assertEquals(c, e.inodeRef() >>> 16);
                assertTrue(Math.abs(e.inodeNumber() - base) <= 32767);
                off += 8 + Bytes.getLE16(b, off + 6) + 1;
            }
        }
        assertEquals(entries.size(), seen);
    }

    @Property
    void metadataReferencesPointAtTheWrittenBytes(@ForAll @Size(min = 1, max = 300) List<@IntRange(min = 1, max = 3000) Integer> lengths,
            @ForAll boolean compressed) throws Exception {
        GzipCompressor gz = GzipCompressor.standard();
        MetadataWriter w = new MetadataWriter(compressed ? gz : null);
        List<Long> refs = new ArrayList<>();
        List<byte[]> records = new ArrayList<>();
        int k = 0;
        for (int len : lengths) {
            byte[] r = new byte[len];
            for (int i = 0; i < len; i++) {
                r[i] = (byte) (k * 31 + i / 7);
            }
            k++;
            records.add(r);
            refs.add(w.write(r));
        }
        byte[] table = w.finish();
        for (int start : MetadataWriter.chunkStarts(table)) {
            int h = Bytes.getLE16(table, start);
            assertTrue((h & 0x7fff) <= MetadataWriter.CHUNK);
            if (!compressed) {
                assertTrue((h & MetadataWriter.UNCOMPRESSED) != 0, "a table without a compressor stores chunks raw");
            }
        }
        MetadataReader r = new MetadataReader(table, gz);
        for (int i = 0; i < records.size(); i++) {
            int at = r.resolve(refs.get(i));
            byte[] expect = records.get(i);
            for (int j = 0; j < expect.length; j++) {
                assertEquals(expect[j], r.plain()[at + j]);
            }
        }
    }

    @Test
    void xzOptionsCarryDictionaryAndBcjFlag() {
        byte[] p = CompressorOptions.payload(new org.nixj.image.compress.XzCompressor(6, 3 << 18, true)).orElseThrow();
        assertEquals(3 << 18, Bytes.getLE32(p, 0));
        assertEquals(1, Bytes.getLE32(p, 4));
        assertTrue(CompressorOptions.payload(GzipCompressor.standard()).isEmpty());
    }
}
