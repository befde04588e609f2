package org.nixj.build.image;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Builds a live medium with the three image builders from Debian's packages (the kernel, busybox-static,
 * isolinux, syslinux-common, systemd-boot-efi; {@code src/test/boot/prepare.sh} fetches them into {@code
 * target/boot-test}) and NixOS's stage-1 script, with a stand-in system whose {@code init} prints a line, and
 * boots it under {@code qemu-system-x86_64 -accel tcg} in the four ways a live ISO is used: stage 1 must find
 * the medium by its label, mount the squashfs and the store overlay, and switch to the system's init. Skipped
 * when qemu, OVMF or the packages are not available.
 */
class LiveMediumBootTest {
    private static final Path WORK = Path.of("target/boot-test").toAbsolutePath();
    private static final Path STAGE_1 = Path.of("../modules-lib/src/main/nix/nixos/modules/system/boot/stage-1-init.sh");
    private static final Path OVMF = Path.of("/usr/share/ovmf/OVMF.fd");
    private static final String MARKER = "NIXJ-STAGE2-REACHED";
    private static Path tmp;
    private static Path iso;

    @BeforeAll
    static void buildMedium() throws Exception {
        ImageFixture.require("qemu-system-x86_64");
        assumeTrue(Files.exists(OVMF), "OVMF is not installed (Debian: ovmf)");
        Files.createDirectories(WORK);
        Process prepare = new ProcessBuilder("bash", Path.of("src/test/boot/prepare.sh").toAbsolutePath().toString(), WORK.toString())
                .redirectErrorStream(true).start();
        String output = new String(prepare.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = prepare.waitFor();
        assumeTrue(status != 3, "cannot fetch the boot test's Debian packages here:\n" + output);
        assertTrue(status == 0, "prepare.sh failed:\n" + output);

        tmp = Files.createTempDirectory("nixj-live-medium");
        ImageFixture fixture = new ImageFixture(tmp);
        String kernel = fixture.add("linux", root -> copyTree(WORK.resolve("pkgs/linux"), root));
        String busybox = fixture.add("busybox-static", root -> copyTree(WORK.resolve("pkgs/busybox-static"), root));
        String system = fixture.add("nixos-system-standin", root -> {
            Files.writeString(root.resolve("init"), "#!" + busybox + "/bin/busybox sh\n"
                    + "export PATH=" + busybox + "/bin\n"
                    + "busybox echo \"" + MARKER + " $(busybox readlink /run/current-system)\"\n"
                    + "busybox poweroff -f\n");
            root.resolve("init").toFile().setExecutable(true);
            Files.createDirectories(root.resolve("etc"));
            Files.writeString(root.resolve("etc/hostname"), "standin\n");
        }, busybox);

        JsonObject initrd = new JsonObject();
        initrd.addProperty("kernel", kernel);
        initrd.addProperty("busybox", busybox);
        initrd.addProperty("init", Files.readString(STAGE_1));
        initrd.addProperty("compressor", "zstd"); // NixOS's default for kernels from 5.9
        initrd.add("kernelModules", InitrdBuilderTest.strings(List.of("loop", "overlay", "ata_piix", "ahci", "sr_mod", "sd_mod",
                "isofs", "squashfs")));
        initrd.add("availableKernelModules", InitrdBuilderTest.strings(List.of("virtio_pci", "virtio_blk", "e1000")));
        initrd.add("applets", InitrdBuilderTest.strings(List.of("cat", "chmod", "cp", "cut", "dirname", "echo", "findfs",
                "insmod", "ln", "ls", "mkdir", "modprobe", "mount", "readlink", "setsid", "sh", "sleep", "switch_root", "umount")));
        Path initrdOut = fixture.build(new InitrdBuilder(), "initrd", initrd);

        JsonObject squashfs = new JsonObject();
        squashfs.addProperty("compression", "gzip");
        squashfs.add("storePaths", InitrdBuilderTest.strings(List.of(system)));
        fixture.build(new SquashfsBuilder(), "nix-store.squashfs", squashfs);

        JsonObject medium = new JsonObject();
        medium.addProperty("isoName", "live.iso");
        medium.addProperty("volumeID", "NIXJ_LIVE_TEST");
        medium.addProperty("kernel", kernel);
        medium.addProperty("initrd", fixture.outputOf("initrd") + "/initrd");
        medium.addProperty("squashfs", fixture.outputOf("nix-store.squashfs"));
        medium.addProperty("toplevel", system);
        medium.add("kernelParams", InitrdBuilderTest.strings(List.of("console=ttyS0,115200", "panic=-1", "no_timer_check")));
        medium.add("contents", new JsonArray());
        for (String bootable : List.of("bios", "efi", "usb")) {
            medium.addProperty(bootable, true);
        }
        medium.addProperty("isolinux", fixture.add("isolinux", root -> copyTree(WORK.resolve("pkgs/isolinux"), root)));
        medium.addProperty("syslinux", fixture.add("syslinux-common", root -> copyTree(WORK.resolve("pkgs/syslinux-common"), root)));
        medium.addProperty("systemdBoot", fixture.add("systemd-boot-efi", root -> copyTree(WORK.resolve("pkgs/systemd-boot-efi"), root)));
        medium.addProperty("menuLabel", "nixj live medium test");
        medium.addProperty("timeout", 1);
        iso = fixture.build(new IsoBuilder(), "live-iso", medium).resolve("iso/live.iso");
        assertTrue(Files.isRegularFile(initrdOut.resolve("initrd")));
    }

    @AfterAll
    static void clean() throws IOException {
        if (tmp != null) {
            try (Stream<Path> walk = Files.walk(tmp)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    p.toFile().setWritable(true);
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isSymbolicLink(source)) {
                    Files.createSymbolicLink(target, Files.readSymbolicLink(source));
                } else if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    @Test
    void biosFromCd() throws Exception {
        boot("BIOS from CD", "/dev/sr0", "-cdrom", iso.toString(), "-boot", "d");
    }

    @Test
    void biosFromDisk() throws Exception {
        boot("BIOS from disk", "/dev/sda1", "-drive", "file=" + iso + ",format=raw,snapshot=on", "-boot", "c");
    }

    @Test
    void uefiFromCd() throws Exception {
        boot("UEFI from CD", "/dev/sr0", "-bios", OVMF.toString(), "-cdrom", iso.toString(), "-boot", "d");
    }

    @Test
    void uefiFromDisk() throws Exception {
        boot("UEFI from disk", "/dev/sda1", "-bios", OVMF.toString(), "-drive", "file=" + iso + ",format=raw,snapshot=on");
    }

    /** Boots, reading the serial console until the stand-in system's line, and checks where stage 1 found the medium. */
    private static void boot(String how, String device, String... machine) throws Exception {
        List<String> command = new ArrayList<>(List.of("qemu-system-x86_64", "-accel", "tcg", "-m", "1024", "-nographic",
                "-no-reboot", "-nic", "none"));
        command.addAll(List.of(machine));
        Process qemu = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(qemu.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            } catch (IOException e) {
                // qemu went away: the lines so far tell what happened
            }
        });
        boolean exited = qemu.waitFor(240, TimeUnit.SECONDS);
        qemu.destroyForcibly().waitFor();
        reader.join(5000);
        String all;
        synchronized (lines) {
            all = String.join("\n", lines);
        }
        String tail = all.length() > 4000 ? all.substring(all.length() - 4000) : all;
        assertTrue(exited, how + ": the stand-in system did not power off within 240 s:\n" + tail);
        assertTrue(all.contains("found NIXJ_LIVE_TEST on " + device), how + ": stage 1 did not find the medium on " + device + ":\n" + tail);
        assertTrue(all.contains(MARKER + " /nix/store/"), how + ": the system's init did not run with /run/current-system:\n" + tail);
    }
}
