package org.nixj.flake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The {@code nix} on the PATH (or the one system property {@code nixj.test.nix} names), run with a home, a store, and an empty flake registry of its own under a directory
 * (nothing outside it is written, nothing is downloaded).
 */
final class Nix {
    record Result(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit code " + exitCode + "\n--- stderr:\n" + stderr + "\n--- stdout:\n" + stdout;
        }
    }

    static final String EXECUTABLE = System.getProperty("nixj.test.nix", "nix");

    private final Path base;

    Nix(Path base) throws IOException {
        this.base = base;
        Files.createDirectories(base.resolve("home"));
        Files.writeString(base.resolve("registry.json"), "{\"flakes\": [], \"version\": 2}\n");
    }

    /** {@code nix --version}, or empty when there is no {@code nix} that runs. */
    static Optional<String> version() {
        try {
            Process p = new ProcessBuilder(EXECUTABLE, "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    Result run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(EXECUTABLE);
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.remove("NIX_REMOTE");
        env.remove("NIX_PATH");
        env.put("HOME", base.resolve("home").toString());
        env.put("NIX_CONFIG", String.join("\n",
                "build-users-group =",
                "experimental-features = nix-command flakes",
                "flake-registry = " + base.resolve("registry.json"),
                "store = " + base.resolve("store"),
                "substituters =",
                "warn-dirty = false"));
        Process p = pb.start();
        p.getOutputStream().close();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("nix " + String.join(" ", args) + " did not finish in 300 s");
        }
        return new Result(p.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
                new String(err.join(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
