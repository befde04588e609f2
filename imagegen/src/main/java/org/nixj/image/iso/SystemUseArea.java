package org.nixj.image.iso;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.nixj.image.io.Bytes;

/**
 * The system use entries of one directory record, split between the record (as many as fit, leaving room
 * for a CE entry) and continuation areas of at most one sector each, chained by CE entries. The split
 * depends only on sizes; where the continuation areas land is decided in the layout phase
 * ({@link #place}) and written into the CE entries at {@link #inline()} / {@link #areas()} time.
 */
public final class SystemUseArea {
    private final List<byte[]> inlineEntries = new ArrayList<>();
    private final List<List<byte[]>> areaEntries = new ArrayList<>();
    private long[] lba = new long[0];
    private int[] offset = new int[0];

    /** Splits {@code entries} for a record whose system use area can hold {@code capacity} bytes. */
    public SystemUseArea(List<byte[]> entries, int capacity) {
        int total = 0;
        for (byte[] e : entries) {
            total += e.length;
        }
        if (total <= capacity) {
            inlineEntries.addAll(entries);
            return;
        }
        int i = 0;
        int used = 0;
        while (i < entries.size() && used + entries.get(i).length <= capacity - SuspEntry.CE_LENGTH) {
            used += entries.get(i).length;
            inlineEntries.add(entries.get(i++));
        }
        int areaCap = VolumeDescriptor.SECTOR;
        while (i < entries.size()) {
            List<byte[]> area = new ArrayList<>();
            int size = 0;
            int remaining = 0;
            for (int k = i; k < entries.size(); k++) {
                remaining += entries.get(k).length;
            }
            int limit = remaining <= areaCap ? areaCap : areaCap - SuspEntry.CE_LENGTH;
            while (i < entries.size() && size + entries.get(i).length <= limit) {
                size += entries.get(i).length;
                area.add(entries.get(i++));
            }
            areaEntries.add(area);
        }
        lba = new long[areaEntries.size()];
        offset = new int[areaEntries.size()];
    }

    /** The byte length of the inline part, CE included. */
    public int inlineLength() {
        int n = areaEntries.isEmpty() ? 0 : SuspEntry.CE_LENGTH;
        for (byte[] e : inlineEntries) {
            n += e.length;
        }
        return n;
    }

    /** The lengths of the continuation areas, CE entries included. */
    public int[] areaLengths() {
        int[] out = new int[areaEntries.size()];
        for (int a = 0; a < out.length; a++) {
            int n = a + 1 < out.length ? SuspEntry.CE_LENGTH : 0;
            for (byte[] e : areaEntries.get(a)) {
                n += e.length;
            }
            out[a] = n;
        }
        return out;
    }

    /** Records where continuation area {@code index} was placed. */
    public void place(int index, long sectorLba, int byteOffset) {
        lba[index] = sectorLba;
        offset[index] = byteOffset;
    }

    /** The bytes for the record's system use field. */
    public byte[] inline() {
        return concat(inlineEntries, 0);
    }

    /** The bytes of each continuation area, in order. */
    public List<byte[]> areas() {
        List<byte[]> out = new ArrayList<>();
        for (int a = 0; a < areaEntries.size(); a++) {
            out.add(concat(areaEntries.get(a), a + 1));
        }
        return out;
    }

    /** The location of continuation area {@code index}: LBA and offset. */
    public long lba(int index) {
        return lba[index];
    }

    public int offset(int index) {
        return offset[index];
    }

    private byte[] concat(List<byte[]> entries, int nextArea) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] e : entries) {
            out.writeBytes(e);
        }
        if (nextArea < areaEntries.size()) {
            out.writeBytes(SuspEntry.ce(lba[nextArea], offset[nextArea], areaLengths()[nextArea]));
        }
        return out.toByteArray();
    }

    /** Reads an area's CE entry target, for tests: {lba, offset, length} or null. */
    public static long[] findCe(byte[] area) {
        for (byte[] e : SuspEntry.split(area)) {
            if (e[0] == 'C' && e[1] == 'E') {
                return new long[] {Bytes.getBoth32(e, 4), Bytes.getBoth32(e, 12), Bytes.getBoth32(e, 20)};
            }
        }
        return null;
    }
}
