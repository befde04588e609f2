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
import org.nixj.image.compress.Lz4Compressor;
import org.nixj.image.compress.XzCompressor;
import org.nixj.image.compress.ZstdCompressor;
import org.nixj.image.cpio.CpioWriter;
import org.nixj.image.fat.FatType;
import org.nixj.image.fat.FatWriter;
import org.nixj.image.iso.IsoOptions;
import org.nixj.image.iso.IsoWriter;
import org.nixj.image.squashfs.SquashfsWriter;
import org.nixj.image.testing.Tools;
import org.nixj.image.tree.Directory;
import org.nixj.image.tree.EntryList;
import org.nixj.image.tree.Ownership;
import org.nixj.image.tree.Reproducible;
import org.nixj.image.tree.TreeBuilder;

/**
 * Boots an ISO made by the writers — Debian's kernel, isolinux for BIOS, systemd-boot in a FAT32 efi.img
 * for UEFI, an xz initrd of busybox-static (plus a device node from an entry list) whose init mounts the
 * boot medium and the same squashfs tree written with xz, zstd and lz4 — under
 * {@code qemu-system-x86_64 -accel tcg} in the four ways a live ISO is used, and waits for the line the
 * init prints after mounting the squashfs. {@code src/test/boot/prepare.sh} fetches and unpacks the Debian
 * packages (cached in {@code target/boot-test}); the test is skipped when qemu, OVMF or the packages are
 * not available.
 */
class BootTest {
    private static final Path WORK = Path.of("target/boot-test").toAbsolutePath();
    private static final Path OVMF = Path.of("/usr/share/ovmf/OVMF.fd");
    private static final long EPOCH = 1_700_000_000L;
    /** Seconds per boot; {@code -Dnixj.bootTest.timeout=N} raises it on a loaded host (TCG slows down with it). */
    private static final int TIMEOUT_SECONDS = Integer.getInteger("nixj.bootTest.timeout", 120);
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
        // A device node that only the entry list makes (devtmpfs hides the initrd's /dev, so it lives in /etc).
        TreeBuilder initrd = new TreeBuilder().addDirectoryContents(WORK.resolve("initrd"));
        EntryList nodes = EntryList.parse("nod /etc/nixj-null 0666 0 0 c 1 3\n", "boot-test entries");
        nodes.addTo(initrd);
        new CpioWriter(Optional.of(new XzCompressor(6, 512 * 1024, false)))
                .write(Reproducible.normalise(initrd.build(), EPOCH, Ownership.ALL_ROOT.and(nodes.ownership())), isoTree.resolve("boot/initrd"));
        Files.copy(isoTree.resolve("boot/initrd"), efiTree.resolve("boot/initrd"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        for (var c : List.of(new XzCompressor(6, 1 << 20, true), new ZstdCompressor(19), new Lz4Compressor(false))) {
            new SquashfsWriter(SquashfsWriter.Options.standard(c, EPOCH))
                    .write(tree(WORK.resolve("sq")), isoTree.resolve("root-" + c.name() + ".sqfs"));
        }
        // FAT32 (about 34 MiB), which UEFI firmware must read from CD and from the GPT partition alike.
        new FatWriter(FatWriter.Options.efiBoot().withType(FatType.FAT32)).write(tree(efiTree), isoTree.resolve("boot/efi.img"));
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
        String marker = "squashfs mounted, made by nixj;";
        assertTrue(all.contains("NIXJ-BOOT-OK from " + device + ": xz: " + marker + " zstd: " + marker + " lz4: " + marker
                + " node: c 1,3;"), how + ": wrong medium, a squashfs the kernel cannot read, or no device node:\n" + tail);
        assertTrue(all.contains("ISOLINUX") == viaIsolinux, how + (viaIsolinux ? ": isolinux did not run" : ": isolinux ran") + ":\n" + tail);
    }
}
