package org.nixj.image.fat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.image.io.ImageException;
import org.nixj.image.testing.Tools;
import org.nixj.image.testing.TreeAssert;
import org.nixj.image.tree.Directory;
import org.nixj.image.tree.Reproducible;
import org.nixj.image.tree.TreeBuilder;

class FatWriterTest {
    @TempDir
    Path tmp;

    private Path efiTree(int bigFileBytes) throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("EFI/BOOT"));
        Files.createDirectories(in.resolve("loader/entries"));
        Files.write(in.resolve("EFI/BOOT/BOOTX64.EFI"), new byte[bigFileBytes]);
        Files.writeString(in.resolve("loader/loader.conf"), "timeout 0\ndefault nixos.conf\n");
        Files.writeString(in.resolve("loader/entries/nixos.conf"), "title NixOS\nlinux /boot/bzImage\n");
        Files.writeString(in.resolve("loader/entries/A much longer entry name with spaces.conf"), "x\n");
        Files.writeString(in.resolve("loader/entries/another much longer entry.conf"), "y\n");
        for (int i = 0; i < 40; i++) {
            Files.writeString(in.resolve("file-number-" + i + ".txt"), "n".repeat(i * 100));
        }
        return in;
    }

    private Path write(Path in, String name) throws Exception {
        Path out = tmp.resolve(name);
        Directory tree = Reproducible.normalise(new TreeBuilder().addDirectoryContents(in).build(), 946684800L, true);
        new FatWriter(FatWriter.Options.efiBoot()).write(tree, out);
        return out;
    }

    @Test
    void smallImageIsFat12AndFsckClean() throws Exception {
        Path img = write(efiTree(200_000), "efi12.img");
        BootSector b = BootSector.decode(java.util.Arrays.copyOf(Files.readAllBytes(img), 512));
        assertEquals(FatType.FAT12, b.type());
        assertEquals(0x12345678L, b.serial());
        accept(img);
    }

    @Test
    void largerImageIsFat16AndFsckClean() throws Exception {
        Path img = write(efiTree(6_000_000), "efi16.img");
        BootSector b = BootSector.decode(java.util.Arrays.copyOf(Files.readAllBytes(img), 512));
        assertEquals(FatType.FAT16, b.type());
        assertTrue(b.clusterCount() >= 4085);
        accept(img);
    }

    @Test
    void fat32ImageIsFsckCleanAndReadByMtools() throws Exception {
        Path in = efiTree(3_000_000);
        Directory tree = Reproducible.normalise(new TreeBuilder().addDirectoryContents(in).build(), 946684800L, true);
        Path img = tmp.resolve("efi32.img");
        Path again = tmp.resolve("efi32-again.img");
        new FatWriter(FatWriter.Options.efiBoot().withType(FatType.FAT32)).write(tree, img);
        new FatWriter(FatWriter.Options.efiBoot().withType(FatType.FAT32)).write(tree, again);
        assertEquals(Tools.sha256(img), Tools.sha256(again));
        byte[] bytes = Files.readAllBytes(img);
        BootSector b = BootSector.decode(java.util.Arrays.copyOf(bytes, 512));
        assertEquals(FatType.FAT32, b.type());
        assertTrue(b.clusterCount() >= FatType.MIN_FAT32_CLUSTERS);
        assertArrayEquals(java.util.Arrays.copyOf(bytes, 512), java.util.Arrays.copyOfRange(bytes, 6 * 512, 7 * 512), "backup boot sector");
        FsInfo info = FsInfo.decode(java.util.Arrays.copyOfRange(bytes, 512, 1024));
        assertTrue(info.freeClusters() > 0 && info.freeClusters() < b.clusterCount(), info.toString());
        accept(img);
        Tools.Result r = Tools.run(null, "fsck.vfat", "-n", "-v", img.toString());
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("32 bit entries") && r.output().contains("Checking free cluster summary"), r.output());
    }

    @Test
    void aRootTooFullForFat16BecomesFat32() throws Exception {
        Tools.require("fsck.vfat", "mdir");
        Path in = Files.createDirectories(tmp.resolve("many"));
        for (int i = 0; i < 4200; i++) {
            Files.writeString(in.resolve("F" + i + ".TXT"), "x");
        }
        Path img = write(in, "many.img");
        assertEquals(FatType.FAT32, BootSector.decode(java.util.Arrays.copyOf(Files.readAllBytes(img), 512)).type());
        Tools.ok("fsck.vfat", "-n", img.toString());
        String dir = Tools.ok("mdir", "-b", "-i", img.toString(), "::/");
        assertEquals(4200, dir.lines().filter(l -> l.matches("::/F[0-9]+\\.TXT")).count(), dir.lines().limit(5).toList().toString());
        ImageException e = assertThrows(ImageException.class, () ->
                new FatWriter(FatWriter.Options.efiBoot().withType(FatType.FAT16)).write(
                        new TreeBuilder().addDirectoryContents(in).build(), tmp.resolve("no.img")));
        assertTrue(e.getMessage().contains("too many entries") && e.getMessage().contains("FAT32"), e.getMessage());
    }

    private void accept(Path img) throws Exception {
        Tools.require("fsck.vfat", "mcopy", "mdir");
        String fsck = Tools.ok("fsck.vfat", "-n", img.toString());
        assertFalse(fsck.toLowerCase(java.util.Locale.ROOT).contains("differ"), fsck);
        assertTrue(fsck.contains("files,"), fsck);
        String dir = Tools.ok("mdir", "-i", img.toString(), "::/");
        assertTrue(dir.contains("EFIBOOT"), dir);
        Path out = tmp.resolve("out-" + img.getFileName());
        Files.createDirectories(out);
        Tools.ok("mcopy", "-s", "-n", "-i", img.toString(), "::/EFI", "::/loader", out.toString());
        for (int i = 0; i < 40; i++) {
            Tools.ok("mcopy", "-n", "-i", img.toString(), "::/file-number-" + i + ".txt", out.toString());
        }
        TreeAssert.assertSameTree(tmp.resolve("in"), out, TreeAssert.SAME_MODE, false);
    }

    @Test
    void fsckFindsNothingToFixEvenInVerboseMode() throws Exception {
        Tools.require("fsck.vfat");
        Path img = write(efiTree(1000), "v.img");
        Tools.Result r = Tools.run(null, "fsck.vfat", "-n", "-v", img.toString());
        assertEquals(0, r.exitCode(), r.output());
        assertFalse(r.output().contains("Leaving filesystem unchanged") && r.output().contains("!"), r.output());
    }

    @Test
    void symlinksAreRejectedWithTheirPath() throws Exception {
        Path in = efiTree(10);
        Files.createSymbolicLink(in.resolve("loader/link"), Path.of("loader.conf"));
        ImageException e = assertThrows(ImageException.class, () -> write(in, "bad.img"));
        assertTrue(e.getMessage().contains("/loader/link"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("bad.img")));
    }

    @Test
    void tooSmallAFixedSizeIsAClearError() throws Exception {
        Path in = efiTree(3_000_000);
        Directory tree = new TreeBuilder().addDirectoryContents(in).build();
        ImageException e = assertThrows(ImageException.class, () ->
                new FatWriter(new FatWriter.Options("EFIBOOT", 1, OptionalLong.of(1 << 20))).write(tree, tmp.resolve("small.img")));
        assertTrue(e.getMessage().contains("more than the FAT image size"), e.getMessage());
    }

    @Test
    void twoRunsGiveIdenticalBytes() throws Exception {
        Path in = efiTree(100_000);
        assertEquals(Tools.sha256(write(in, "a.img")), Tools.sha256(write(in, "b.img")));
    }
}
