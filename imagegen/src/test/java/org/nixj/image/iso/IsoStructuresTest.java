package org.nixj.image.iso;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.CRC32;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.nixj.image.io.Bytes;

class IsoStructuresTest {

    @Property
    void bothEndianFieldsHoldTheValueTwice(@ForAll @LongRange(max = 0xffffffffL) long v, @ForAll @IntRange(max = 0xffff) int s) {
        byte[] b = new byte[12];
        Bytes.putBoth32(b, 0, v);
        Bytes.putBoth16(b, 8, s);
        assertEquals(v, Bytes.getBoth32(b, 0));
        assertEquals(s, Bytes.getBoth16(b, 8));
        assertEquals(v & 0xff, b[0] & 0xff, "little-endian first");
        assertEquals(v & 0xff, b[7] & 0xff, "big-endian second");
    }

    @Property
    void directoryRecordsRoundTripAndHaveEvenLength(@ForAll @LongRange(max = 0xffffffffL) long extent,
            @ForAll @LongRange(max = 0xffffffffL) long size, @ForAll @StringLength(min = 1, max = 31) String name,
            @ForAll @Size(max = 150) List<Byte> su) {
        byte[] id = name.getBytes(StandardCharsets.ISO_8859_1);
        byte[] sys = new byte[su.size()];
        for (int i = 0; i < sys.length; i++) {
            sys[i] = su.get(i);
        }
        if ((sys.length & 1) == 1) {
            return; // system use areas are built from even-length entries or padded by the caller
        }
        DirectoryRecord r = new DirectoryRecord(extent, size, IsoDate.short7(0), 0, id, sys);
        byte[] b = r.encode();
        assertEquals(0, b.length % 2);
        assertEquals(b.length, b[0] & 0xff);
        assertEquals(r, DirectoryRecord.decode(b, 0));
    }

    @Property
    void primaryNamesAreUniqueValidAndSorted(@ForAll @Size(max = 80) List<@StringLength(min = 1, max = 70) String> names) {
        IsoNames n = new IsoNames();
        Set<String> seen = new HashSet<>();
        List<byte[]> ids = new ArrayList<>();
        for (String name : new java.util.LinkedHashSet<>(names)) {
            byte[] id = n.primary(name, false);
            String s = new String(id, StandardCharsets.US_ASCII);
            assertTrue(s.matches("[A-Z0-9_]*\\.[A-Z0-9_]*;1"), s);
            assertTrue(s.length() <= IsoNames.PRIMARY_MAX + 2, s);
            assertTrue(seen.add(s), "duplicate " + s);
            ids.add(id);
            byte[] j = n.joliet(name);
            assertTrue(j.length <= 2 * IsoNames.JOLIET_MAX);
        }
        ids.sort(IsoNames.PRIMARY_ORDER);
        for (int i = 1; i < ids.size(); i++) {
            assertTrue(IsoNames.PRIMARY_ORDER.compare(ids.get(i - 1), ids.get(i)) < 0);
        }
    }

    @Test
    void recordOrderFollowsEcma119NotPlainBytes() {
        // "A.B" sorts before "A_.B" because names compare space-padded ("A " < "A_"), although '.' < '_' anyway;
        // and "AB." before "A.Z" because names compare before extensions.
        List<byte[]> ids = new ArrayList<>(List.of(b("A_.B;1"), b("AB.;1"), b("A.Z;1"), b("A.B;1")));
        ids.sort(IsoNames.PRIMARY_ORDER);
        assertEquals(List.of("A.B;1", "A.Z;1", "AB.;1", "A_.B;1"), ids.stream().map(x -> new String(x, StandardCharsets.US_ASCII)).toList());
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void suspEntriesHaveTheirSpecifiedLayout() {
        byte[] sp = SuspEntry.sp();
        assertArrayEquals(new byte[] {'S', 'P', 7, 1, (byte) 0xBE, (byte) 0xEF, 0}, sp);
        byte[] px = SuspEntry.px(0100644, 1, 1000, 100, 77);
        assertEquals(44, px.length);
        assertEquals(0100644, Bytes.getBoth32(px, 4));
        assertEquals(77, Bytes.getBoth32(px, 36));
        byte[] tf = SuspEntry.tf(0);
        assertEquals(26, tf.length);
        assertEquals(0x0E, tf[4]);
        assertEquals(70, tf[5], "1970 as years since 1900");
        byte[] ce = SuspEntry.ce(100, 200, 300);
        assertEquals(28, ce.length);
        assertEquals(300, Bytes.getBoth32(ce, 20));
        byte[] er = SuspEntry.er();
        assertEquals(er.length, er[2] & 0xff);
        assertEquals("RRIP_1991A", new String(er, 8, er[4], StandardCharsets.US_ASCII));
    }

    @Property
    void longNamesSplitIntoContinuedNmEntries(@ForAll @StringLength(min = 1, max = 255) String name) {
        List<byte[]> nm = SuspEntry.nm(name);
        StringBuilder sb = new StringBuilder();
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < nm.size(); i++) {
            byte[] e = nm.get(i);
            assertTrue(e.length <= 255);
            assertEquals(i + 1 < nm.size() ? 1 : 0, e[4]);
            all.write(e, 5, e.length - 5);
        }
        assertArrayEquals(name.getBytes(StandardCharsets.UTF_8), all.toByteArray());
        assertEquals(0, sb.length());
    }

    @Property
    void symlinkTargetsRoundTripThroughSlEntries(@ForAll @Size(min = 1, max = 40) List<@StringLength(min = 1, max = 300) String> parts,
            @ForAll boolean absolute) {
        StringBuilder t = new StringBuilder(absolute ? "/" : "");
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i).replace("/", "_").replace("\0", "_");
            if (p.equals(".") || p.equals("..")) {
                p = p + "x";
            }
            t.append(i == 0 ? "" : "/").append(p);
        }
        List<byte[]> sl = SuspEntry.sl(t.toString());
        for (int i = 0; i < sl.size(); i++) {
            assertTrue(sl.get(i).length <= 255);
            assertEquals(i + 1 < sl.size() ? 1 : 0, sl.get(i)[4]);
        }
        assertEquals(t.toString(), SuspEntry.readSl(sl));
    }

    @Test
    void specialSymlinkComponentsUseFlags() {
        List<byte[]> sl = SuspEntry.sl("/../a/./b");
        assertEquals("/../a/./b", SuspEntry.readSl(sl));
        byte[] e = sl.get(0);
        assertEquals(0x08, e[5]);
        assertEquals(0x04, e[7]);
    }

    @Test
    void continuationAreasTakeWhatDoesNotFit() {
        List<byte[]> entries = new ArrayList<>();
        entries.add(SuspEntry.px(0100644, 1, 0, 0, 1));
        entries.add(SuspEntry.tf(0));
        entries.addAll(SuspEntry.nm("n".repeat(255)));
        entries.add(SuspEntry.er());
        SystemUseArea a = new SystemUseArea(entries, 200);
        assertTrue(a.inlineLength() <= 200);
        a.place(0, 40, 100);
        long[] ce = SystemUseArea.findCe(a.inline());
        assertEquals(40, ce[0]);
        assertEquals(100, ce[1]);
        assertEquals(a.areas().get(0).length, ce[2]);
        int total = 0;
        for (byte[] e : entries) {
            total += e.length;
        }
        assertEquals(total + SuspEntry.CE_LENGTH, a.inlineLength() + a.areas().get(0).length);
    }

    @Property
    void bootCatalogValidationEntrySumsToZero(@ForAll @LongRange(min = 20, max = 1 << 30) long biosLba, @ForAll @LongRange(min = 20, max = 1 << 30) long efiLba,
            @ForAll @IntRange(min = 1, max = 0xffff) int efiSectors, @ForAll boolean withBios) {
        byte[] cat = BootCatalog.encode(withBios ? new BootCatalog.Image(biosLba, 4) : null, new BootCatalog.Image(efiLba, efiSectors));
        assertEquals(0, BootCatalog.validationSum(cat));
        assertEquals(0x55, cat[30] & 0xff);
        assertEquals(0xAA, cat[31] & 0xff);
        assertEquals(0x88, cat[32] & 0xff);
        if (withBios) {
            assertEquals(4, Bytes.getLE16(cat, 38));
            assertEquals(biosLba, Bytes.getLE32(cat, 40));
            assertEquals(0x91, cat[64] & 0xff);
            assertEquals(0xEF, cat[65] & 0xff);
            assertEquals(efiSectors, Bytes.getLE16(cat, 96 + 6));
            assertEquals(efiLba, Bytes.getLE32(cat, 96 + 8));
        } else {
            assertEquals(0xEF, cat[1] & 0xff);
        }
    }

    @Test
    void efiImagesOver32MiBHaveTheirSectorCountCapped() {
        assertEquals(0xFFFF, BootCatalog.sectorCount(64L << 20));
        assertEquals(2816, BootCatalog.sectorCount(2816 * 512));
    }

    @Property
    void bootInfoTableHoldsLocationsAndTheWordSum(@ForAll @Size(min = 64, max = 5000) List<Byte> content, @ForAll @LongRange(max = 1 << 30) long lba) {
        byte[] img = new byte[content.size()];
        for (int i = 0; i < img.length; i++) {
            img[i] = content.get(i);
        }
        byte[] tail = java.util.Arrays.copyOfRange(img, 64, img.length);
        BootInfoTable.patch(img, 16, lba);
        assertEquals(16, Bytes.getLE32(img, 8));
        assertEquals(lba, Bytes.getLE32(img, 12));
        assertEquals(img.length, Bytes.getLE32(img, 16));
        long sum = 0;
        for (int i = 0; i < tail.length; i += 4) {
            long w = 0;
            for (int k = 0; k < 4; k++) {
                w |= (long) (i + k < tail.length ? tail[i + k] & 0xff : 0) << (8 * k);
            }
            sum = (sum + w) & 0xffffffffL;
        }
        assertEquals(sum, Bytes.getLE32(img, 20));
        assertArrayEquals(tail, java.util.Arrays.copyOfRange(img, 64, img.length), "bytes after 64 untouched");
    }

    @Property
    void gptHeaderAndEntryCrcsCheckOut(@ForAll @LongRange(min = 200, max = 1L << 32) long total, @ForAll @StringLength(min = 1, max = 40) String name) {
        UUID disk = Gpt.nameBased(name);
        byte[] entries = Gpt.entries(List.of(new Gpt.Partition(64, total - 40, Gpt.nameBased(name + "#1"), "ISOHybrid")));
        byte[] h = Gpt.header(1, total - 1, total, disk, 2, entries);
        assertEquals("EFI PART", new String(h, 0, 8, StandardCharsets.US_ASCII));
        byte[] zeroed = java.util.Arrays.copyOf(h, 92);
        Bytes.putLE32(zeroed, 16, 0);
        CRC32 c = new CRC32();
        c.update(zeroed);
        assertEquals(c.getValue(), Bytes.getLE32(h, 16), "header CRC over 92 bytes with the CRC field zero");
        CRC32 e = new CRC32();
        e.update(entries);
        assertEquals(e.getValue(), Bytes.getLE32(h, 88));
        assertEquals(disk, Gpt.readGuid(h, 56));
        assertEquals(Gpt.BASIC_DATA, Gpt.readGuid(entries, 0));
        assertEquals(Gpt.ATTRIBUTES, Bytes.getLE64(entries, 48));
        assertEquals(total - 34, Bytes.getLE64(h, 48));
    }

    @Test
    void gptGuidsUseTheMixedEndianLayout() {
        byte[] b = new byte[16];
        Gpt.guid(b, 0, Gpt.BASIC_DATA);
        // EBD0A0A2-B9E5-4433-87C0-68B6B72699C7 is stored A2 A0 D0 EB E5 B9 33 44 87 C0 68 B6 B7 26 99 C7.
        assertArrayEquals(new byte[] {(byte) 0xA2, (byte) 0xA0, (byte) 0xD0, (byte) 0xEB, (byte) 0xE5, (byte) 0xB9, 0x33, 0x44,
            (byte) 0x87, (byte) 0xC0, 0x68, (byte) 0xB6, (byte) 0xB7, 0x26, (byte) 0x99, (byte) 0xC7}, b);
    }

    @Test
    void hybridMbrCarriesBootFileLbaAndPartitions() {
        byte[] code = new byte[432];
        java.util.Arrays.fill(code, (byte) 0x90);
        byte[] mbr = HybridMbr.encode(code, 94, 0xCAFEBABEL, new HybridMbr.Partition(0, 18432, 0, true),
                new HybridMbr.Partition(456, 2816, 0xEF, false));
        assertEquals(94 * 4, Bytes.getLE32(mbr, 432));
        assertEquals(0xCAFEBABEL, Bytes.getLE32(mbr, 440));
        assertEquals(0x80, mbr[446] & 0xff);
        assertEquals(0, mbr[446 + 4]);
        assertEquals(18432, Bytes.getLE32(mbr, 446 + 12));
        assertEquals(0xEF, mbr[462 + 4] & 0xff);
        assertEquals(456, Bytes.getLE32(mbr, 462 + 8));
        assertEquals(0x55, mbr[510] & 0xff);
        assertEquals(0xAA, mbr[511] & 0xff);
        assertEquals((byte) 0x90, mbr[431]);
    }

    @Test
    void pathTablesStoreNumbersInTheirByteOrder() {
        List<PathTable.Entry> e = List.of(new PathTable.Entry(new byte[] {0}, 20, 1), new PathTable.Entry(b("BOOT"), 21, 1));
        byte[] l = PathTable.encode(e, false);
        byte[] m = PathTable.encode(e, true);
        assertEquals(PathTable.size(e), l.length);
        assertEquals(21, Bytes.getLE32(l, 10 + 2));
        assertEquals(21, Bytes.getBE32(m, 10 + 2));
        assertEquals(1, Bytes.getBE16(m, 10 + 6));
    }
}
