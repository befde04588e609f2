package org.nixj.image.iso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.image.fat.FatWriter;
import org.nixj.image.io.ImageException;
import org.nixj.image.testing.SampleTree;
import org.nixj.image.testing.Tools;
import org.nixj.image.testing.TreeAssert;
import org.nixj.image.tree.Directory;
import org.nixj.image.tree.Reproducible;
import org.nixj.image.tree.TreeBuilder;

class IsoWriterTest {
    static final Path ISOLINUX = Path.of("/usr/lib/ISOLINUX/isolinux.bin");
    static final Path ISOHDPFX = Path.of("/usr/lib/ISOLINUX/isohdpfx.bin");
    static final long EPOCH = 1_700_000_000L;

    @TempDir
    Path tmp;

    private Directory tree(Path in) throws Exception {
        return Reproducible.normalise(new TreeBuilder().addDirectoryContents(in).build(), EPOCH, false);
    }

    private Path plainIso(Path in, String name, IsoOptions opts) throws Exception {
        Path out = tmp.resolve(name);
        new IsoWriter(opts).write(tree(in), out);
        return out;
    }

    @Test
    void xorrisoAndBsdtarExtractTheInputTree() throws Exception {
        Tools.require("xorriso", "bsdtar");
        Path in = SampleTree.create(tmp.resolve("in"));
        Path iso = plainIso(in, "plain.iso", IsoOptions.plain("NIXJ_TEST", EPOCH));
        Path x = tmp.resolve("x");
        Tools.ok("xorriso", "-osirrox", "on", "-indev", iso.toString(), "-extract", "/", x.toString());
        TreeAssert.assertSameTree(in, x, TreeAssert.ROCK_RIDGE_R, false);
        Path b = Files.createDirectories(tmp.resolve("b"));
        Tools.ok("bsdtar", "-xf", iso.toString(), "-C", b.toString());
        TreeAssert.assertSameTree(in, b, TreeAssert.ROCK_RIDGE_R, false);
    }

    @Test
    void withoutNormalisationModesAndOwnersAreKept() throws Exception {
        Tools.require("xorriso");
        Path in = SampleTree.create(tmp.resolve("in"));
        Path iso = plainIso(in, "keep.iso", IsoOptions.plain("KEEP", EPOCH).withRockRidge(false, true));
        Path x = tmp.resolve("x");
        Tools.ok("xorriso", "-osirrox", "on", "-indev", iso.toString(), "-extract", "/", x.toString());
        TreeAssert.assertSameTree(in, x, TreeAssert.SAME_MODE, false);
    }

    @Test
    void isoinfoFindsRockRidgeAndJolietAndJolietNamesAreReal() throws Exception {
        Tools.require("isoinfo");
        Path in = SampleTree.create(tmp.resolve("in"));
        Path iso = plainIso(in, "info.iso", IsoOptions.plain("INFO_VOL", EPOCH).withIds("NIXJ PUBLISHER", "NIXJ APP"));
        String d = Tools.ok("isoinfo", "-d", "-i", iso.toString());
        assertTrue(d.contains("Volume id: INFO_VOL"), d);
        assertTrue(d.contains("Publisher id: NIXJ PUBLISHER"), d);
        assertTrue(d.contains("Application id: NIXJ APP"), d);
        assertTrue(d.contains("Joliet with UCS level 3 found"), d);
        assertTrue(d.contains("Rock Ridge signatures version 1 found"), d);
        String joliet = Tools.ok("isoinfo", "-J", "-f", "-i", iso.toString());
        assertTrue(joliet.contains("/data/many-042.conf"), joliet);
        String rr = Tools.ok("isoinfo", "-R", "-l", "-i", iso.toString());
        assertTrue(rr.contains("hello.txt"), rr);
    }

    @Test
    void multiExtentFilesComeBackWhole() throws Exception {
        Tools.require("xorriso", "bsdtar");
        Path in = SampleTree.create(tmp.resolve("in"));
        // 1 MiB extents make the 3 MB files multi-extent, as 4 GiB extents do for real.
        Path iso = plainIso(in, "multi.iso", IsoOptions.plain("MULTI", EPOCH).withMaxExtent(1 << 20));
        String lsdl = Tools.ok("xorriso", "-indev", iso.toString(), "-find", "/bin/tool", "-exec", "lsdl", "--");
        assertTrue(lsdl.contains("3145745"), lsdl);
        Path x = tmp.resolve("x");
        Tools.ok("xorriso", "-osirrox", "on", "-indev", iso.toString(), "-extract", "/", x.toString());
        TreeAssert.assertSameTree(in, x, TreeAssert.ROCK_RIDGE_R, false);
        Path b = Files.createDirectories(tmp.resolve("b"));
        Tools.ok("bsdtar", "-xf", iso.toString(), "-C", b.toString());
        TreeAssert.assertSameTree(in, b, TreeAssert.ROCK_RIDGE_R, false);
    }

    private Path bootableIso(String name) throws Exception {
        Path in = SampleTree.create(tmp.resolve("in"));
        Files.createDirectories(in.resolve("isolinux"));
        Files.copy(ISOLINUX, in.resolve("isolinux/isolinux.bin"));
        Path efiIn = Files.createDirectories(tmp.resolve("efi/EFI/BOOT"));
        Files.write(efiIn.resolve("BOOTX64.EFI"), new byte[300_000]);
        Files.createDirectories(in.resolve("boot"));
        new FatWriter(FatWriter.Options.efiBoot()).write(Reproducible.normalise(new TreeBuilder().addDirectoryContents(tmp.resolve("efi")).build(), EPOCH, true),
                in.resolve("boot/efi.img"));
        IsoOptions opts = IsoOptions.plain("NIXOS_TEST", EPOCH).withIds("nixos", "nixos")
                .withBoot(Optional.of("isolinux/isolinux.bin"), ".boot.cat", Optional.of("boot/efi.img"))
                .withHybrid(Optional.of(ISOHDPFX), true);
        return plainIso(in, name, opts);
    }

    @Test
    void xorrisoReportsElToritoEntriesHybridMbrAndGpt() throws Exception {
        Tools.require("xorriso");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(ISOLINUX) && Files.exists(ISOHDPFX), "isolinux is not installed");
        Path iso = bootableIso("boot.iso");
        assertEquals(0, Files.size(iso) % (1 << 20));
        String r = Tools.ok("xorriso", "-indev", iso.toString(), "-report_el_torito", "plain", "-report_system_area", "plain");
        assertTrue(r.matches("(?s).*El Torito boot img :\\s+1\\s+BIOS\\s+y\\s+none\\s+0x0000\\s+0x00\\s+4\\s+\\d+.*"), r);
        assertTrue(r.matches("(?s).*El Torito boot img :\\s+2\\s+UEFI\\s+y\\s+none\\s+0x0000\\s+0x00\\s+\\d+\\s+\\d+.*"), r);
        assertTrue(r.contains("El Torito cat path : /.boot.cat"), r);
        assertTrue(r.contains("El Torito img path :   1  /isolinux/isolinux.bin"), r);
        assertTrue(r.contains("El Torito img path :   2  /boot/efi.img"), r);
        assertTrue(r.contains("El Torito img opts :   1  boot-info-table isohybrid-suitable"), r);
        assertTrue(r.matches("(?s).*System area summary: MBR isohybrid cyl-align-\\w+ GPT.*"), r);
        assertTrue(r.contains("ISO image size/512 :"), r);
        assertTrue(r.matches("(?s).*MBR partition\\s+:\\s+1\\s+0x80\\s+0x00\\s+0\\s+\\d+.*"), r);
        assertTrue(r.matches("(?s).*MBR partition\\s+:\\s+2\\s+0x00\\s+0xef\\s+\\d+\\s+\\d+.*"), r);
        assertTrue(r.matches("(?s).*GPT partition name :\\s+1\\s+490053004f00480079006200720069006400.*"), r);
        assertTrue(r.contains("GPT partition path :   2  /boot/efi.img"), r);
        assertFalse(r.contains("GPT entry array mismatch") || r.toLowerCase().contains("wrong"), r);
    }

    @Test
    void isoinfoFindsElTorito() throws Exception {
        Tools.require("isoinfo");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(ISOLINUX) && Files.exists(ISOHDPFX), "isolinux is not installed");
        Path iso = bootableIso("eltorito.iso");
        String d = Tools.ok("isoinfo", "-d", "-i", iso.toString());
        assertTrue(d.contains("El Torito VD version 1 found"), d);
        assertTrue(d.contains("Bootable Eltorito") || d.contains("Eltorito validation header"), d);
        assertTrue(d.contains("Joliet with UCS level 3 found"), d);
        assertTrue(d.contains("Rock Ridge signatures version 1 found"), d);
    }

    @Test
    void twoRunsGiveIdenticalBytes() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(ISOLINUX) && Files.exists(ISOHDPFX), "isolinux is not installed");
        Path a = bootableIso("same.iso");
        Path copy = Files.move(a, tmp.resolve("first.bin"));
        deleteTree(tmp.resolve("in"));
        deleteTree(tmp.resolve("efi"));
        Path b = bootableIso("same.iso");
        assertEquals(Tools.sha256(copy), Tools.sha256(b));
    }

    private static void deleteTree(Path p) throws Exception {
        try (var s = Files.walk(p)) {
            for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }

    @Test
    void volumeIdOver32CharactersIsAClearError() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        ImageException e = assertThrows(ImageException.class, () ->
                plainIso(in, "x.iso", IsoOptions.plain("this-volume-id-is-much-longer-than-32", EPOCH)));
        assertTrue(e.getMessage().contains("at most 32"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("x.iso")));
    }

    @Test
    void missingBootImageIsAClearError() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        ImageException e = assertThrows(ImageException.class, () -> plainIso(in, "x.iso",
                IsoOptions.plain("X", EPOCH).withBoot(Optional.of("isolinux/isolinux.bin"), ".boot.cat", Optional.empty())));
        assertTrue(e.getMessage().contains("isolinux/isolinux.bin") && e.getMessage().contains("not in the image tree"), e.getMessage());
    }

    @Test
    void aFileVanishingDuringTheWriteLeavesNothingBehind() throws Exception {
        Path in = SampleTree.create(tmp.resolve("in"));
        Directory t = tree(in);
        Files.delete(in.resolve("data/many-100.conf"));
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        ImageException e = assertThrows(ImageException.class, () -> new IsoWriter(IsoOptions.plain("V", EPOCH)).write(t, out.resolve("v.iso")));
        assertTrue(e.getMessage().contains("many-100.conf"), e.getMessage());
        try (var s = Files.list(out)) {
            assertEquals(0, s.count());
        }
    }
}
