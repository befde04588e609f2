package org.nixj.build.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.build.builder.BuildFailure;

class ModuleIndexTest {
    @TempDir
    Path tmp;
    ModuleIndex index;

    @BeforeEach
    void kernel() throws Exception {
        Path modules = tmp.resolve("lib/modules/6.1.0-test");
        FakeModules.write(modules.resolve("kernel/drivers/scsi/scsi_mod.ko"), "name=scsi_mod", "depends=");
        FakeModules.write(modules.resolve("kernel/drivers/cdrom/cdrom.ko"), "name=cdrom", "depends=");
        FakeModules.write(modules.resolve("kernel/drivers/scsi/sr_mod.ko"), "alias=scsi:t-0x05*", "depends=cdrom,scsi_mod", "name=sr_mod");
        FakeModules.write(modules.resolve("kernel/fs/isofs/isofs.ko"), "alias=iso9660", "alias=fs-iso9660", "depends=", "name=isofs");
        FakeModules.write(modules.resolve("kernel/drivers/ata/ata-piix.ko"), "depends=libata", "name=ata_piix", "softdep=pre: crc32c");
        FakeModules.write(modules.resolve("kernel/drivers/ata/libata.ko"), "depends=scsi_mod", "name=libata");
        FakeModules.write(modules.resolve("kernel/crypto/crc32c.ko"), "depends=", "name=crc32c");
        Files.writeString(modules.resolve("modules.builtin"), "kernel/fs/ext4/ext4.ko\n");
        Files.write(modules.resolve("modules.builtin.modinfo"), "overlay.alias=fs-overlay\0overlay.license=GPL\0".getBytes());
        index = ModuleIndex.of(new KernelTree("/nix/store/x-linux", "6.1.0-test", modules, Optional.empty()));
    }

    private static List<String> names(List<ModuleIndex.Module> modules) {
        return modules.stream().map(ModuleIndex.Module::name).toList();
    }

    @Test
    void dependenciesComeFirstAndOnlyLoadedModulesAreLoadedAtBoot() throws Exception {
        ModuleIndex.Selection s = index.select(List.of("sr_mod"), List.of("ata_piix", "isofs"));
        assertEquals(List.of("cdrom", "scsi_mod", "sr_mod", "libata", "crc32c", "ata_piix", "isofs"), names(s.modules()));
        assertEquals(List.of("cdrom", "scsi_mod", "sr_mod"), names(s.loadAtBoot()));
        ModuleIndex.Module sr = s.modules().get(2);
        assertEquals("kernel/drivers/scsi/sr_mod.ko", sr.path());
        assertEquals(List.of("kernel/drivers/scsi/scsi_mod.ko", "kernel/drivers/cdrom/cdrom.ko"), index.dependencies(sr));
    }

    @Test
    void namesResolveThroughDashesAliasesAndBuiltins() throws Exception {
        ModuleIndex.Selection s = index.select(List.of("ata-piix", "iso9660", "ext4", "overlay", "scsi:t-0x05"), List.of());
        assertEquals(List.of("scsi_mod", "libata", "crc32c", "ata_piix", "isofs", "cdrom", "sr_mod"), names(s.loadAtBoot()));
    }

    @Test
    void missingModulesToLoadAreAllNamedInOneError() {
        BuildFailure e = assertThrows(BuildFailure.class, () -> index.select(List.of("loop", "isofs", "dm-mod"), List.of("nvme")));
        assertTrue(e.getMessage().contains("kernel 6.1.0-test in '/nix/store/x-linux' has no module 'loop', 'dm-mod' (no such"), e.getMessage());
    }

    @Test
    void missingAvailableModulesAreReportedNotFatal() throws Exception {
        ModuleIndex.Selection s = index.select(List.of("isofs"), List.of("nvme", "sr_mod", "pata_qdi", "nvme"));
        assertEquals(List.of("nvme", "pata_qdi"), s.unavailable());
        assertEquals(List.of("isofs", "cdrom", "scsi_mod", "sr_mod"), names(s.modules()));
    }

    @Test
    void aMissingDependencyNamesTheModuleThatNeedsIt() throws Exception {
        FakeModules.write(tmp.resolve("lib/modules/6.1.0-test/kernel/x.ko"), "depends=nowhere", "name=x");
        ModuleIndex fresh = ModuleIndex.of(new KernelTree("/nix/store/x-linux", "6.1.0-test", tmp.resolve("lib/modules/6.1.0-test"), Optional.empty()));
        BuildFailure e = assertThrows(BuildFailure.class, () -> fresh.select(List.of("x"), List.of()));
        assertTrue(e.getMessage().contains("kernel module 'x' (kernel/x.ko) depends on 'nowhere'"), e.getMessage());
    }

    @Test
    void globsAreFnmatchPatterns() {
        assertTrue(ModuleIndex.glob("pci:v00008086d*sv*bc01sc0[16]i*").matcher("pci:v00008086d00007010sv00001AF4bc01sc06i00").matches());
        assertTrue(!ModuleIndex.glob("pci:v00008086d*sv*bc01sc0[16]i*").matcher("pci:v00008086d00007010sv00001AF4bc01sc05i00").matches());
        assertTrue(ModuleIndex.glob("a[!0-9]?").matcher("abc").matches());
        assertTrue(ModuleIndex.glob("a.b").matcher("a.b").matches() && !ModuleIndex.glob("a.b").matcher("axb").matches());
    }
}
