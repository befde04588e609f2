package org.nixj.build.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.build.BuildException;

class InitrdBuilderTest {
    @TempDir
    Path tmp;
    ImageFixture fixture;
    String kernel;
    String busybox;

    @BeforeEach
    void packages() throws Exception {
        fixture = new ImageFixture(tmp);
        kernel = fixture.kernel("6.1.0-test", Map.of(
                "fs/isofs", List.of("alias=iso9660", "depends=", "name=isofs"),
                "fs/squashfs", List.of("depends=", "name=squashfs"),
                "block/loop", List.of("depends=", "name=loop"),
                "drivers/cdrom", List.of("depends=", "name=cdrom"),
                "drivers/sr_mod", List.of("alias=scsi:t-0x05*", "depends=cdrom", "name=sr_mod")));
        busybox = fixture.add("busybox-static-1.35", root -> {
            Files.createDirectories(root.resolve("bin"));
            Files.writeString(root.resolve("bin/busybox"), "#!fake busybox\n");
        });
    }

    private JsonObject attributes(String compressor, List<String> load, List<String> available) {
        JsonObject a = new JsonObject();
        a.addProperty("kernel", kernel);
        a.addProperty("busybox", busybox);
        a.addProperty("init", "#!/bin/sh\necho stage 1\n");
        a.addProperty("compressor", compressor);
        a.add("applets", strings(List.of("sh", "mount", "insmod", "switch_root")));
        a.add("kernelModules", strings(load));
        a.add("availableKernelModules", strings(available));
        return a;
    }

    static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    @Test
    void theArchiveHoldsInitBusyboxTheModuleClosureAndConsole() throws Exception {
        ImageFixture.require("bsdtar", "cpio");
        Path out = fixture.build(new InitrdBuilder(), "initrd", attributes("xz", List.of("sr_mod", "loop"), List.of("iso9660")));
        Path initrd = out.resolve("initrd");
        assertTrue(ImageFixture.run("xz", "-t", initrd.toString()).isEmpty(), "the initrd is an xz stream");
        String listing = ImageFixture.run("bsdtar", "-tvf", initrd.toString());
        String m = "lib/modules/6.1.0-test/";
        for (String entry : List.of("init", "bin/busybox", "bin/sh -> busybox", "sbin -> bin", "dev/console", "proc", "sys", "run",
                m + "kernel/drivers/sr_mod.ko", m + "kernel/drivers/cdrom.ko", m + "kernel/block/loop.ko", m + "kernel/fs/isofs.ko",
                m + "modules.dep", m + "modules.alias", "etc/modules-load")) {
            assertTrue(listing.lines().anyMatch(l -> l.endsWith(" " + entry)), entry + " in\n" + listing);
        }
        assertFalse(listing.contains("squashfs.ko"), "a module nobody asked for stays out");
        assertTrue(listing.lines().anyMatch(l -> l.matches("crw------- +1 0 +0 +5,1 .* dev/console")), listing);
        assertTrue(listing.lines().anyMatch(l -> l.matches("-r-xr-xr-x +1 0 +0 .* init")), listing);

        assertEquals("/" + m + "kernel/drivers/cdrom.ko\n/" + m + "kernel/drivers/sr_mod.ko\n/" + m + "kernel/block/loop.ko\n",
                ImageFixture.run("bsdtar", "-xOf", initrd.toString(), "etc/modules-load"));
        String dep = ImageFixture.run("bsdtar", "-xOf", initrd.toString(), m + "modules.dep");
        assertTrue(dep.contains("kernel/drivers/sr_mod.ko: kernel/drivers/cdrom.ko\n"), dep);
        assertTrue(dep.contains("kernel/fs/isofs.ko:\n"), dep);
        assertEquals("alias iso9660 isofs\nalias scsi:t-0x05* sr_mod\n".lines().sorted().toList(),
                ImageFixture.run("bsdtar", "-xOf", initrd.toString(), m + "modules.alias").lines().sorted().toList());
        assertEquals("#!/bin/sh\necho stage 1\n", ImageFixture.run("bsdtar", "-xOf", initrd.toString(), "init"));
    }

    @Test
    void anUncompressedArchiveIsNewcThatCpioReadsAndTheSameTwice() throws Exception {
        ImageFixture.require("cpio");
        Path first = fixture.build(new InitrdBuilder(), "initrd-a", attributes("cat", List.of("loop"), List.of()));
        Path second = fixture.build(new InitrdBuilder(), "initrd-b", attributes("cat", List.of("loop"), List.of()));
        assertArrayEquals(Files.readAllBytes(first.resolve("initrd")), Files.readAllBytes(second.resolve("initrd")));
        String list = ImageFixture.run("sh", "-c", "cpio -t --quiet < '" + first.resolve("initrd") + "'");
        assertEquals(List.of(".", "bin", "bin/busybox", "bin/insmod", "bin/mount", "bin/sh", "bin/switch_root", "dev", "dev/console",
                "etc", "etc/modules-load", "init", "lib", "lib/modules", "lib/modules/6.1.0-test", "lib/modules/6.1.0-test/kernel",
                "lib/modules/6.1.0-test/kernel/block", "lib/modules/6.1.0-test/kernel/block/loop.ko",
                "lib/modules/6.1.0-test/modules.alias", "lib/modules/6.1.0-test/modules.dep", "proc", "run", "sbin", "sys", "tmp"),
                list.lines().toList());
    }

    @Test
    void aMissingModuleFailsTheBuildNamingItAndLeavesNoOutput() {
        BuildException e = assertThrows(BuildException.class,
                () -> fixture.build(new InitrdBuilder(), "initrd-missing", attributes("xz", List.of("loop", "overlay", "nvme"), List.of("ahci"))));
        assertTrue(e.getMessage().contains("kernel 6.1.0-test in '" + kernel + "' has no module 'overlay', 'nvme' (no such .ko file"), e.getMessage());
        assertFalse(fixture.store.isValid(fixture.store.directory().parse(fixture.outputOf("initrd-missing"))));
    }

    @Test
    void zstdAndGzipArchivesHoldTheSameEntries() throws Exception {
        ImageFixture.require("zstd", "gzip", "cpio");
        Path zstd = fixture.build(new InitrdBuilder(), "initrd-zstd", attributes("zstd", List.of("loop"), List.of()));
        Path gzip = fixture.build(new InitrdBuilder(), "initrd-gzip", attributes("gzip", List.of("loop"), List.of()));
        String fromZstd = ImageFixture.run("sh", "-c", "zstd -dc '" + zstd.resolve("initrd") + "' | cpio -t --quiet");
        String fromGzip = ImageFixture.run("sh", "-c", "gzip -dc '" + gzip.resolve("initrd") + "' | cpio -t --quiet");
        assertEquals(fromZstd, fromGzip);
        assertTrue(fromZstd.contains("lib/modules/6.1.0-test/kernel/block/loop.ko\n"), fromZstd);
    }

    @Test
    void anUnknownCompressorIsRefusedWithTheChoices() {
        BuildException e = assertThrows(BuildException.class,
                () -> fixture.build(new InitrdBuilder(), "initrd-lzop", attributes("lzop", List.of(), List.of())));
        assertTrue(e.getMessage().contains("boot.initrd.compressor \"lzop\" is not available"), e.getMessage());
    }
}
