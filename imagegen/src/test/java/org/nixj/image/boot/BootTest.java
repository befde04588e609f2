package org.nixj.image.boot;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nixj.image.compress.XzCompressor;
import org.nixj.image.cpio.CpioWriter;
import org.nixj.image.fat.FatWriter;
import org.nixj.image.iso.IsoOptions;
import org.nixj.image.iso.IsoWriter;
import org.nixj.image.squashfs.SquashfsWriter;
import org.nixj.image.testing.Tools;
import org.nixj.image.tree.Directory;
import org.nixj.image.tree.Reproducible;
import org.nixj.image.tree.TreeBuilder;

/**
 * Boots an ISO made by the writers — Debian's kernel, isolinux for BIOS, systemd-boot in efi.img for UEFI,
 * an xz initrd of busybox-static whose init mounts the boot medium and a squashfs on it — under
 * {@code qemu-system-x86_64 -accel tcg} in the four ways a live ISO is used, and waits for the line the
 * init prints after mounting the squashfs. {@code src/test/boot/prepare.sh} fetches and unpacks the Debian
 * packages (cached in {@code target/boot-test}); the test is skipped when qemu, OVMF or the packages are
 * not available.
 */
class BootTest {
    private static final Path WORK = Path.of("target/boot-test").toAbsolutePath();
    private static final Path OVMF = Path.of("/usr/share/ovmf/OVMF.fd");
    private static final long EPOCH = 1_700_000_000L;
    private static final int TIMEOUT_SECONDS = 120;
    private static Path iso;

    @BeforeAll
    static void buildIso() throws Exception {
        assumeTrue(Tools.onPath("qemu-system-x86_64"), "qemu-system-x86_64 is not installed (Debian: qemu-system-x86)");
        assumeTrue(Files.exists(OVMF), "OVMF is not installed (Debian: ovmf)");
        Files.createDirectories(WORK);
        Tools.Result prep = Tools.run(WORK, "bash", Path.of("src/test/boot/prepare.sh").toAbsolutePath().toString(), WORK.toString());
        assumeTrue(prep.exitCode() != 3, "cannot fetch the boot test's Debian packages here:\n" + prep.output());
        assertTrue(prep.exitCode() == 0, "prepare.sh failed:\n" + prep.output());

        Path isoTree = WORK.resolve("iso");
        Path efiTree = WORK.resolve("efi");
        new CpioWriter(Optional.of(new XzCompressor(6, 512 * 1024, false)))
                .write(tree(WORK.resolve("initrd")), isoTree.resolve("boot/initrd"));
        Files.copy(isoTree.resolve("boot/initrd"), efiTree.resolve("boot/initrd"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        new SquashfsWriter(SquashfsWriter.Options.standard(new XzCompressor(6, 1 << 20, true), EPOCH))
                .write(tree(WORK.resolve("sq")), isoTree.resolve("root.sqfs"));
        new FatWriter(FatWriter.Options.efiBoot()).write(tree(efiTree), isoTree.resolve("boot/efi.img"));
        iso = WORK.resolve("nixj-boot-test.iso");
        IsoOptions opts = IsoOptions.plain("NIXJ_BOOT_TEST", EPOCH).withIds("nixj", "nixj")
                .withBoot(Optional.of("isolinux/isolinux.bin"), ".boot.cat", Optional.of("boot/efi.img"))
                .withHybrid(Optional.of(WORK.resolve("isohdpfx.bin")), true);
        new IsoWriter(opts).write(Reproducible.normalise(new TreeBuilder().addDirectoryContents(isoTree).build(), EPOCH, true), iso);
    }

    private static Directory tree(Path dir) throws Exception {
        return Reproducible.normalise(new TreeBuilder().addDirectoryContents(dir).build(), EPOCH, true);
    }

    @Test
    void biosFromCd() throws Exception {
        boot("BIOS from CD", "/dev/sr0", true, "-cdrom", iso.toString(), "-boot", "d");
    }

    @Test
    void biosFromDisk() throws Exception {
        boot("BIOS from disk", "/dev/sda", true, "-drive", "file=" + iso + ",format=raw,snapshot=on", "-boot", "c");
    }

    @Test
    void uefiFromCd() throws Exception {
        boot("UEFI from CD", "/dev/sr0", false, "-bios", OVMF.toString(), "-cdrom", iso.toString(), "-boot", "d");
    }

    @Test
    void uefiFromDisk() throws Exception {
        boot("UEFI from disk", "/dev/sda", false, "-bios", OVMF.toString(), "-drive", "file=" + iso + ",format=raw,snapshot=on");
    }

    /**
     * Boots and checks that the init found the ISO on {@code device} and that isolinux ran exactly when
     * {@code viaIsolinux} (UEFI boots go through systemd-boot in efi.img instead).
     */
    private static void boot(String how, String device, boolean viaIsolinux, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("qemu-system-x86_64", "-accel", "tcg", "-m", "512", "-nographic",
                "-no-reboot", "-nic", "none"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        StringBuilder log = new StringBuilder();
        boolean[] ok = {false};
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (log) {
                        log.append(line).append('\n');
                    }
                    if (line.contains("NIXJ-BOOT-OK")) {
                        ok[0] = true;
                        p.destroy();
                    }
                }
            } catch (java.io.IOException ignored) {
                // the process ended
            }
        });
        reader.start();
        boolean ended = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        reader.join(5000);
        String tail;
        synchronized (log) {
            tail = log.length() > 6000 ? log.substring(log.length() - 6000) : log.toString();
        }
        assertTrue(ok[0], how + ": no 'NIXJ-BOOT-OK' line from the init within " + TIMEOUT_SECONDS + " s; serial console:\n" + tail);
        String all;
        synchronized (log) {
            all = log.toString();
        }
        assertTrue(all.contains("NIXJ-BOOT-OK from " + device + ": squashfs mounted, made by nixj"), how + ": wrong medium:\n" + tail);
        assertTrue(all.contains("ISOLINUX") == viaIsolinux, how + (viaIsolinux ? ": isolinux did not run" : ": isolinux ran") + ":\n" + tail);
    }
}
