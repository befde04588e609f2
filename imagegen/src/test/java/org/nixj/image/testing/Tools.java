package org.nixj.image.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the standard image tools in acceptance tests, skipping the test when a tool is not installed. */
public final class Tools {
    private Tools() {}

    /** Whether {@code tool} is an executable on PATH (or in /usr/sbin, /sbin where fsck lives). */
    public static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin:/sbin";
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Skips the calling test unless every tool is installed. */
    public static void require(String... tools) {
        for (String t : tools) {
            assumeTrue(onPath(t), t + " is not installed (see scripts/test.sh for the Debian packages)");
        }
    }

    /** The result of a command: exit code and merged output. */
    public record Result(int exitCode, String output) {}

    /** Runs a command (output merged) and returns its result; fails the test after 10 minutes. */
    public static Result run(Path dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(List.of(command)).redirectErrorStream(true);
        pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/sbin");
        pb.environment().put("LC_ALL", "C");
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** Runs a command that must succeed and returns its output. */
    public static String ok(String... command) throws IOException, InterruptedException {
        Result r = run(null, command);
        assertEquals(0, r.exitCode(), () -> String.join(" ", command) + " failed:\n" + r.output());
        return r.output();
    }

    /** The SHA-256 of a file, as hex. */
    public static String sha256(Path file) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (var in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
