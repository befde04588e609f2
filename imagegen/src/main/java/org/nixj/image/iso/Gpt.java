package org.nixj.image.iso;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32;
import org.nixj.image.io.Bytes;

/**
 * A GUID partition table (UEFI 2.10 §5.3) for a hybrid ISO: the header at LBA 1 with CRC32s of itself and
 * of the entry array, 128 entries of 128 bytes from LBA 2, and the backup array and header at the end of
 * the image. Partitions are "Basic Data" with attributes 0x1000000000000001 (required, read-only), as
 * xorriso's {@code -isohybrid-gpt-basdat} makes them. LBAs here are 512-byte sectors.
 */
public final class Gpt {
    public static final UUID BASIC_DATA = UUID.fromString("EBD0A0A2-B9E5-4433-87C0-68B6B72699C7");
    public static final int ENTRIES = 128;
    public static final int ENTRY_SIZE = 128;
    public static final int ENTRY_SECTORS = ENTRIES * ENTRY_SIZE / 512;
    public static final long ATTRIBUTES = 0x1000000000000001L;

    private Gpt() {}

    /** A partition: inclusive first and last LBA, its GUID and name. */
    public record Partition(long first, long last, UUID guid, String name) {}

    /** The entry array (16 KiB). */
    public static byte[] entries(List<Partition> parts) {
        byte[] b = new byte[ENTRIES * ENTRY_SIZE];
        for (int i = 0; i < parts.size(); i++) {
            Partition p = parts.get(i);
            int off = i * ENTRY_SIZE;
            guid(b, off, BASIC_DATA);
            guid(b, off + 16, p.guid());
            Bytes.putLE64(b, off + 32, p.first());
            Bytes.putLE64(b, off + 40, p.last());
            Bytes.putLE64(b, off + 48, ATTRIBUTES);
            byte[] name = p.name().getBytes(StandardCharsets.UTF_16LE);
            System.arraycopy(name, 0, b, off + 56, Math.min(72, name.length));
        }
        return b;
    }

    /**
     * A header (one 512-byte sector) at {@code myLba} whose copy is at {@code alternateLba}, describing a
     * disk of {@code totalSectors} with its entry array at {@code entriesLba}.
     */
    public static byte[] header(long myLba, long alternateLba, long totalSectors, UUID disk, long entriesLba, byte[] entryArray) {
        byte[] b = new byte[512];
        System.arraycopy("EFI PART".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 8);
        Bytes.putLE32(b, 8, 0x00010000);
        Bytes.putLE32(b, 12, 92);
        Bytes.putLE64(b, 24, myLba);
        Bytes.putLE64(b, 32, alternateLba);
        Bytes.putLE64(b, 40, 2 + ENTRY_SECTORS); // first usable
        Bytes.putLE64(b, 48, totalSectors - 2 - ENTRY_SECTORS); // last usable
        guid(b, 56, disk);
        Bytes.putLE64(b, 72, entriesLba);
        Bytes.putLE32(b, 80, ENTRIES);
        Bytes.putLE32(b, 84, ENTRY_SIZE);
        Bytes.putLE32(b, 88, crc(entryArray, 0, entryArray.length));
        Bytes.putLE32(b, 16, crc(b, 0, 92));
        return b;
    }

    public static long crc(byte[] b, int off, int len) {
        CRC32 c = new CRC32();
        c.update(b, off, len);
        return c.getValue();
    }

    /** GUIDs are stored with their first three fields little-endian. */
    public static void guid(byte[] b, int off, UUID u) {
        long hi = u.getMostSignificantBits();
        long lo = u.getLeastSignificantBits();
        Bytes.putLE32(b, off, hi >>> 32);
        Bytes.putLE16(b, off + 4, (int) (hi >>> 16) & 0xffff);
        Bytes.putLE16(b, off + 6, (int) hi & 0xffff);
        Bytes.putBE32(b, off + 8, lo >>> 32);
        Bytes.putBE32(b, off + 12, lo);
    }

    public static UUID readGuid(byte[] b, int off) {
        long hi = Bytes.getLE32(b, off) << 32 | (long) Bytes.getLE16(b, off + 4) << 16 | Bytes.getLE16(b, off + 6);
        long lo = Bytes.getBE32(b, off + 8) << 32 | Bytes.getBE32(b, off + 12);
        return new UUID(hi, lo);
    }

    /** A name-based (version 3) UUID, so the same output name gives the same disk GUID. */
    public static UUID nameBased(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
