package org.nixj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mission's second command end to end: {@code nixj build .#rescue} on a copy of examples/rescue-flake (with
 * a key of the test's own for root, root's autologin made to win with mkForce as the seeds do, and an lz4
 * squashfs so that the test builds faster), Debian's packages fetched through the host's apt; then the ISO's
 * kernel and initrd boot under {@code qemu-system-x86_64 -accel tcg} with its serial menu entry's command line,
 * the ISO as the CD, and the test checks the autologin prompt, the host name, and that ssh on a port forwarded
 * to 127.0.0.1 accepts the key and runs git. (The boot loaders' own paths, BIOS and UEFI from CD and disk,
 * are LiveMediumBootTest's.) Skipped, saying why, without qemu, ssh, xorriso or apt.
 */
class RescueIsoBootTest {
    private static final int BOOT_SECONDS = Integer.getInteger("nixj.bootTest.timeout", 420);

    @TempDir
    Path dir;

    @Test
    void theRescueIsoBootsToItsConfiguredSystemAndAcceptsSshWithTheKey() throws Exception {
        for (String tool : List.of("qemu-system-x86_64", "ssh", "ssh-keygen", "xorriso", "apt-get")) {
            assumeTrue(onPath(tool), tool + " is not installed (scripts/test.sh installs what the boot tests need)");
        }
        Path flake = dir.resolve("rescue");
        copy(Path.of("../examples/rescue-flake").toAbsolutePath().normalize(), flake);
        Path key = dir.resolve("key");
        run(dir, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString());
        String publicKey = Files.readString(dir.resolve("key.pub")).trim();
        Path host = flake.resolve("hosts/iso/rescue/default.nix");
        String config = Files.readString(host);
        Matcher example = Pattern.compile("\"ssh-ed25519 [^\"]*\"").matcher(config);
        assertTrue(example.find(), "the example configures a root key");
        config = example.replaceFirst(Matcher.quoteReplacement("\"" + publicKey + "\""));
        config = config.replaceFirst("\\{ inputs, \\.\\.\\. }:", "{ inputs, lib, ... }:")
                .replaceFirst("\n}\\s*$", """

                  services.getty.autologinUser = lib.mkForce "root";
                  isoImage.squashfsCompression = "lz4";
                }
                """);
        Files.writeString(host, config);

        Path result = dir.resolve("result");
        CliRun build = CliRun.runWithin(java.time.Duration.ofMinutes(40), "build", flake + "#rescue", "--store", dir.resolve("store").toString(), "-o", result.toString());
        assertEquals(0, build.exitCode(), build.err());
        Path iso;
        try (Stream<Path> isos = Files.list(result.resolve("iso"))) {
            iso = isos.filter(p -> p.toString().endsWith(".iso")).findFirst().orElseThrow();
        }
        assertTrue(Files.readString(result.resolve("nix-support/hydra-build-products")).startsWith("file iso /nix/store/"));

        run(dir, "xorriso", "-indev", iso.toString(), "-osirrox", "on", "-extract", "/boot/bzImage", dir.resolve("bzImage").toString(),
                "-extract", "/boot/initrd", dir.resolve("initrd").toString(), "-extract", "/isolinux/isolinux.cfg", dir.resolve("isolinux.cfg").toString());
        Matcher serialEntry = Pattern.compile("APPEND (\\S*init=\\S+ .*console=ttyS0\\S*)").matcher(Files.readString(dir.resolve("isolinux.cfg")));
        assertTrue(serialEntry.find(), "the ISO has NixOS's serial-console menu entry");

        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Path serial = dir.resolve("serial.log");
        Process qemu = new ProcessBuilder("qemu-system-x86_64", "-accel", "tcg", "-m", "2048", "-smp", "2",
                "-display", "none", "-monitor", "none", "-no-reboot",
                "-kernel", dir.resolve("bzImage").toString(), "-initrd", dir.resolve("initrd").toString(),
                "-append", serialEntry.group(1) + " no_timer_check",
                "-cdrom", iso.toString(),
                "-netdev", "user,id=n0,hostfwd=tcp:127.0.0.1:" + port + "-:22", "-device", "virtio-net-pci,netdev=n0",
                "-serial", "file:" + serial)
                .redirectErrorStream(true).redirectOutput(dir.resolve("qemu.log").toFile()).start();
        try {
            String log = waitFor(serial, "rescue login: root (automatic login)", qemu);
            assertTrue(log.contains("rescue login: root (automatic login)"), log);
            String answer = sshUntilItAnswers(key, port, qemu);
            assertTrue(answer.startsWith("rescue\ngit version "), answer);
        } finally {
            qemu.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The serial log once it holds {@code line}, or what it holds when the boot's time is up. */
    private static String waitFor(Path serial, String line, Process qemu) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOOT_SECONDS);
        String log = "";
        while (System.nanoTime() < end && qemu.isAlive()) {
            log = Files.exists(serial) ? Files.readString(serial, StandardCharsets.ISO_8859_1) : "";
            if (log.contains(line)) {
                return log;
            }
            Thread.sleep(1000);
        }
        return log;
    }

    /** {@code hostname; git --version} over ssh as root with the test's key, retried while sshd starts. */
    private String sshUntilItAnswers(Path key, int port, Process qemu) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String last = "";
        while (System.nanoTime() < end && qemu.isAlive()) {
            Result r = run(dir, "ssh", "-i", key.toString(), "-p", Integer.toString(port), "-o", "BatchMode=yes",
                    "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "ConnectTimeout=20",
                    "-o", "LogLevel=ERROR", "root@127.0.0.1", "hostname; git --version");
            if (r.exitCode() == 0) {
                return r.output();
            }
            last = r.output();
            Thread.sleep(3000);
        }
        return "ssh never answered: " + last;
    }

    private record Result(int exitCode, String output) {}

    private static Result run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return new Result(p.exitValue(), output);
    }

    private static boolean onPath(String tool) {
        for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, tool))) {
                return true;
            }
        }
        return false;
    }

    private static void copy(Path from, Path to) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(files::add);
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            if (Files.isDirectory(file)) {
                Files.createDirectories(target);
            } else if (!file.getFileName().toString().equals("flake.lock")) {
                Files.copy(file, target);
            }
        }
    }
}
