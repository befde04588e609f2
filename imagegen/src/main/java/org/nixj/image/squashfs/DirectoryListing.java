package org.nixj.image.squashfs;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.nixj.image.io.Bytes;
import org.nixj.os.OsText;

/**
 * A directory's entries in the directory table: runs of entries behind a header (count − 1, the inode
 * table chunk of the run's inodes, a base inode number). Each entry holds the offset of its inode in that
 * chunk, its inode number as a signed 16-bit difference from the base, its basic type and its name.
 * A new run starts after 256 entries, when the inode chunk changes, or when the difference does not fit.
 */
public final class DirectoryListing {
    private DirectoryListing() {}

    /** One entry: name (sorted by bytes by the caller), inode reference, inode number and basic type. */
    public record Entry(String name, long inodeRef, long inodeNumber, int type) {}

    public static byte[] encode(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < entries.size()) {
            Entry first = entries.get(i);
            long chunk = first.inodeRef() >>> 16;
            long base = first.inodeNumber();
            int j = i;
            while (j < entries.size() && j - i < 256 && entries.get(j).inodeRef() >>> 16 == chunk
                    && Math.abs(entries.get(j).inodeNumber() - base) <= 32767) {
                j++;
            }
            byte[] h = new byte[12];
            Bytes.putLE32(h, 0, j - i - 1);
            Bytes.putLE32(h, 4, chunk);
            Bytes.putLE32(h, 8, base);
            out.writeBytes(h);
            for (int k = i; k < j; k++) {
                Entry e = entries.get(k);
                byte[] name = OsText.encode(e.name());
                byte[] b = new byte[8 + name.length];
                Bytes.putLE16(b, 0, (int) (e.inodeRef() & 0xffff));
                Bytes.putLE16(b, 2, (int) (e.inodeNumber() - base) & 0xffff);
                Bytes.putLE16(b, 4, e.type());
                Bytes.putLE16(b, 6, name.length - 1);
                System.arraycopy(name, 0, b, 8, name.length);
                out.writeBytes(b);
            }
            i = j;
        }
        return out.toByteArray();
    }

    /** Reads back {@code size} bytes of listing at {@code off} of a plain directory table. */
    public static List<Entry> decode(byte[] b, int off, int size) {
        List<Entry> out = new ArrayList<>();
        int end = off + size;
        while (off < end) {
            long count = Bytes.getLE32(b, off) + 1;
            long chunk = Bytes.getLE32(b, off + 4);
            long base = Bytes.getLE32(b, off + 8);
            off += 12;
            for (int k = 0; k < count; k++) {
                int inChunk = Bytes.getLE16(b, off);
                short delta = (short) Bytes.getLE16(b, off + 2);
                int type = Bytes.getLE16(b, off + 4);
                int nameLen = Bytes.getLE16(b, off + 6) + 1;
                String name = OsText.decode(java.util.Arrays.copyOfRange(b, off + 8, off + 8 + nameLen));
                out.add(new Entry(name, chunk << 16 | inChunk, base + delta, type));
                off += 8 + nameLen;
            }
        }
        return out;
    }
}
