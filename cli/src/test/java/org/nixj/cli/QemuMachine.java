package org.nixj.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A virtual machine under {@code qemu-system-x86_64 -accel tcg} for the boot tests: guest port 22 forwarded to
 * a free port on 127.0.0.1, and the first serial port connected to the test, which reads what the guest writes
 * there and can type on it. Closing it stops the machine.
 */
final class QemuMachine implements AutoCloseable {
    static final Path OVMF = Path.of("/usr/share/ovmf/OVMF.fd");

    private final Process qemu;
    private final Socket serial;
    private final StringBuffer console = new StringBuffer();
    private final int sshPort;
    private final long started = System.nanoTime();

    private QemuMachine(Process qemu, Socket serial, int sshPort) {
        this.qemu = qemu;
        this.serial = serial;
        this.sshPort = sshPort;
        Thread.ofVirtual().start(this::readConsole);
    }

    /** How an ISO is booted: from a CD or from a disk (as a USB stick would be), by BIOS or UEFI firmware. */
    enum Boot {
        BIOS_CD, BIOS_DISK, UEFI_CD, UEFI_DISK;

        List<String> qemuArguments(Path iso) {
            List<String> arguments = new ArrayList<>();
            if (this == UEFI_CD || this == UEFI_DISK) {
                arguments.addAll(List.of("-bios", OVMF.toString()));
            }
            if (this == BIOS_CD || this == UEFI_CD) {
                arguments.addAll(List.of("-cdrom", iso.toString(), "-boot", "d"));
            } else {
                arguments.addAll(List.of("-drive", "file=" + iso + ",format=raw,snapshot=on", "-boot", "c"));
            }
            return arguments;
        }
    }

    /** Starts a machine booting {@code iso} the way {@code boot} says; its qemu log goes to {@code log}. */
    static QemuMachine start(Path iso, Boot boot, Path log) throws IOException {
        int sshPort;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            sshPort = free.getLocalPort();
        }
        try (ServerSocket serialServer = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<String> command = new ArrayList<>(List.of("qemu-system-x86_64", "-accel", "tcg", "-m", "2048",
                    "-smp", "2", "-display", "none", "-monitor", "none", "-no-reboot",
                    "-netdev", "user,id=n0,hostfwd=tcp:127.0.0.1:" + sshPort + "-:22",
                    "-device", "virtio-net-pci,netdev=n0",
                    "-serial", "tcp:127.0.0.1:" + serialServer.getLocalPort()));
            command.addAll(boot.qemuArguments(iso));
            Process qemu = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            serialServer.setSoTimeout(60_000);
            try {
                return new QemuMachine(qemu, serialServer.accept(), sshPort);
            } catch (IOException e) {
                qemu.destroyForcibly();
                throw new IOException("qemu did not connect its serial port: " + Files.readString(log), e);
            }
        }
    }

    int sshPort() {
        return sshPort;
    }

    /** Time since qemu started (the machine's serial port connects at once). */
    java.time.Duration elapsed() {
        return java.time.Duration.ofNanos(System.nanoTime() - started);
    }

    /** Everything the guest has written on its serial console so far. */
    String console() {
        return console.toString();
    }

    /** Waits until the console shows {@code text}; false when the time is up or the machine stopped first. */
    boolean awaitConsole(String text, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end && qemu.isAlive()) {
            if (console.indexOf(text) >= 0) {
                return true;
            }
            Thread.sleep(500);
        }
        return console.indexOf(text) >= 0;
    }

    /** Types {@code line} and Enter on the serial console. */
    void type(String line) throws IOException {
        OutputStream out = serial.getOutputStream();
        out.write((line + "\r").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    boolean isAlive() {
        return qemu.isAlive();
    }

    private void readConsole() {
        try (InputStream in = serial.getInputStream()) {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                console.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            // the machine stopped: what was read stays in the console
        }
    }

    @Override
    public void close() throws Exception {
        qemu.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        serial.close();
    }
}
