package org.nixj.corpus;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code nix-instantiate} (Debian's nix-bin, Nix 2.8) where it is installed, in a private
 * state directory so that it needs neither a daemon nor root.
 */
final class NixOracle {
    private static final Path STATE;

    static {
        try {
            STATE = Files.createTempDirectory("nixj-oracle-state");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private NixOracle() {}

    static boolean installed() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "nix-instantiate"))) {
                return true;
            }
        }
        return false;
    }

    /** Exit status, standard output and standard error of one run, as byte strings. */
    record Output(int exitCode, String stdout, String stderr) {}

    /** {@code nix-instantiate --parse FILE}. */
    static Output parse(Path file, String home) {
        return run(List.of("--parse", file.toString()), home, null);
    }

    /** Exit status and output of {@code nix-instantiate ARGS} (for example {@code --eval --strict FILE}). */
    static Output eval(List<String> args, String home, Path workingDirectory) {
        return run(args, home, workingDirectory);
    }

    private static Output run(List<String> args, String home, Path workingDirectory) {
        try {
            // A private chroot store: Nix never writes to /nix/store, and with --read-write-mode it writes (and
            // reads back) .drv files and sources there.
            List<String> command = new ArrayList<>(List.of("nix-instantiate", "--store", STATE.resolve("root").toString()));
            command.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(command);
            if (workingDirectory != null) {
                pb.directory(workingDirectory.toFile());
            }
            pb.environment().put("HOME", home);
            pb.environment().put("NIX_STATE_DIR", STATE.toString());
            // A fresh nix-bin install has no nixbld group; Nix would warn about it on every run.
            pb.environment().put("NIX_CONFIG", "build-users-group =");
            pb.environment().put("NIX_PATH", "");
            Path err = Files.createTempFile("nixj-oracle", ".err");
            pb.redirectError(err.toFile());
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("nix-instantiate timed out on " + args);
            }
            String stderr = new String(Files.readAllBytes(err), StandardCharsets.ISO_8859_1);
            Files.delete(err);
            return new Output(p.exitValue(), new String(out, StandardCharsets.ISO_8859_1), stderr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
