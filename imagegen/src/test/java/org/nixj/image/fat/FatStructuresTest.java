package org.nixj.image.fat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class FatStructuresTest {

    @Property
    void fatChainsRoundTripThroughTheEncodedTable(@ForAll FatType type, @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 1, max = 50) Integer> runs) {
        int total = runs.stream().mapToInt(Integer::intValue).sum();
        FatTable t = new FatTable(type, total + 3);
        List<Integer> starts = new ArrayList<>();
        int next = 2;
        for (int r : runs) {
            t.chain(next, r);
            starts.add(next);
            next += r;
        }
        int sectors = (int) ((type.fatBytes(total + 3) + 511) / 512);
        FatTable back = FatTable.decode(t.encode(sectors), type, total + 3);
        assertEquals(type.endOfChain - 7, back.get(0));
        assertEquals(type.endOfChain, back.get(1));
        for (int i = 0; i < runs.size(); i++) {
            List<Integer> chain = back.chainFrom(starts.get(i));
            assertEquals(runs.get(i), chain.size());
            assertEquals(starts.get(i), chain.get(0));
            for (int k = 1; k < chain.size(); k++) {
                assertEquals(chain.get(k - 1) + 1, chain.get(k));
            }
        }
        assertEquals(0, back.get(total + 2), "unused cluster is free");
    }

    @Test
    void fat12PacksTwelveBitEntriesAsTheSpecificationShows() {
        FatTable t = new FatTable(FatType.FAT12, 10);
        t.chain(2, 3); // 2->3->4->EOC
        byte[] b = t.encode(1);
        // entries 0,1 = FF8 FFF -> F8 FF FF; entries 2,3 = 003 004 -> 03 40 00; entries 4,5 = FFF 000 -> FF 0F 00
        assertArrayEquals(new byte[] {(byte) 0xF8, (byte) 0xFF, (byte) 0xFF, 0x03, 0x40, 0x00, (byte) 0xFF, 0x0F, 0x00},
                java.util.Arrays.copyOf(b, 9));
    }

    @Property
    void bootSectorRoundTrips(@ForAll @IntRange(min = 0, max = 7) int spcLog, @ForAll @IntRange(min = 2000, max = 20_000_000) int sectors,
            @ForAll boolean fat32) {
        BootSector probe = new BootSector(1 << spcLog, fat32 ? 32 : 1, 2, fat32 ? 0 : 512, sectors, 17, 0x12345678L, "EFIBOOT", FatType.FAT16);
        FatType type = FatType.forClusterCount(probe.clusterCount());
        BootSector b = new BootSector(1 << spcLog, probe.reservedSectors(), 2, probe.rootEntries(), sectors, 17, 0x12345678L, "EFIBOOT", type);
        byte[] e = b.encode();
        assertEquals(512, e.length);
        assertEquals(b, BootSector.decode(e));
        int label = type == FatType.FAT32 ? 71 : 43;
        assertEquals("EFIBOOT    ", new String(e, label, 11, StandardCharsets.US_ASCII), "label right-padded with spaces");
        assertEquals(type.name(), new String(e, label + 11, 8, StandardCharsets.US_ASCII).strip());
        assertEquals(label + 19, 2 + (e[1] & 0xff), "the jump lands on the boot stub after the parameter block");
    }

    @Property
    void fsInfoRoundTrips(@ForAll @LongRange(max = 0xffffffffL) long free, @ForAll @LongRange(max = 0xffffffffL) long next) {
        assertEquals(new FsInfo(free, next), FsInfo.decode(new FsInfo(free, next).encode()));
    }

    @Property
    void fat32DirectoryEntriesCarryBothHalvesOfTheCluster(@ForAll @IntRange(min = 0, max = 0x0FFFFFFF) int cluster) {
        DirEntry d = new DirEntry("KERNEL     ".getBytes(StandardCharsets.US_ASCII), DirEntry.ATTR_ARCHIVE, 1, 2, cluster, 99);
        assertEquals(d, DirEntry.decode(d.encode(), 0));
    }

    @Property
    void shortNamesAreUniqueValidAndKeepPlainNames(@ForAll @Size(max = 60) List<@StringLength(min = 1, max = 40) String> raw) {
        ShortNames names = new ShortNames();
        Set<String> seenLong = new HashSet<>();
        Set<String> shortSeen = new HashSet<>();
        for (String n : raw) {
            if (!seenLong.add(n) || n.equals(".") || n.equals("..")) {
                continue;
            }
            ShortNames.Choice c = names.choose(n);
            String s = new String(c.shortName(), StandardCharsets.US_ASCII);
            assertTrue(shortSeen.add(s), "duplicate short name " + s);
            assertTrue(s.matches("[A-Z0-9!#$%&'()@^_`{}~ -]{11}"), s);
            assertFalse(s.startsWith(" "), s);
        }
        ShortNames fresh = new ShortNames();
        assertFalse(fresh.choose("BOOTX64.EFI").needsLongName());
        assertEquals("LOADER  CFG", new String(fresh.choose("loader.cfg").shortName(), StandardCharsets.US_ASCII));
        assertTrue(fresh.choose("loader.cfg").needsLongName(), "second use of a name gets a numbered tail and a long name");
    }

    @Test
    void collidingNamesGetNumberedTails() {
        ShortNames names = new ShortNames();
        assertEquals("BOOTX64 EFI", new String(names.choose("BOOTX64.EFI").shortName(), StandardCharsets.US_ASCII));
        assertEquals("LONGFI~1TXT", new String(names.choose("longfilename.txt").shortName(), StandardCharsets.US_ASCII));
        assertEquals("LONGFI~2TXT", new String(names.choose("longfilename2.txt").shortName(), StandardCharsets.US_ASCII));
    }

    @Property
    void longNameEntriesCarryTheNameAndChecksum(@ForAll @StringLength(min = 1, max = 255) String name) {
        byte[] shortName = "ABCDEF~1TXT".getBytes(StandardCharsets.US_ASCII);
        int sum = DirEntry.checksum(shortName);
        List<LfnEntry> entries = LfnEntry.forName(name, sum);
        assertTrue(entries.get(0).last());
        StringBuilder sb = new StringBuilder();
        for (int i = entries.size() - 1; i >= 0; i--) {
            LfnEntry back = LfnEntry.decode(entries.get(i).encode(), 0);
            assertEquals(entries.get(i), back);
            assertEquals(sum, back.checksum());
            assertEquals(entries.size() - i, back.order());
            sb.append(back.text());
        }
        if (name.indexOf('\0') < 0) {
            assertEquals(name, sb.toString());
        }
    }

    @Test
    void datesClampToFatsRange() {
        assertEquals(new FatDate((0 << 9) | (1 << 5) | 1, 0), FatDate.of(0));
        FatDate d = FatDate.of(946684800L); // 2000-01-01T00:00:00Z
        assertEquals((20 << 9) | (1 << 5) | 1, d.date());
        assertEquals(0, d.time());
    }
}
