package org.nixj.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.store.hash.HashAlgorithm;
import org.nixj.store.hash.HashFormat;

/**
 * NAR hashes of generated trees against {@code nix-hash --type sha256 --base32}, which serialises the same
 * tree with Nix's own code: the archives must be byte-identical for the hashes to agree.
 */
@EnabledIf("nixHashInstalled")
class NarHashOracleTest {
    @TempDir
    Path dir;

    static boolean nixHashInstalled() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, "nix-hash"))) {
                return true;
            }
        }
        return false;
    }

    private void assertSameAsNix(Path tree) throws Exception {
        Process p = new ProcessBuilder("nix-hash", "--type", "sha256", "--base32", tree.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals(out, Nar.hash(tree, HashAlgorithm.SHA256).hash().format(HashFormat.NIX32, false), tree.toString());
    }

    @Test
    void singleFiles() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty"), "");
        assertSameAsNix(empty);
        Path seven = Files.writeString(dir.resolve("seven"), "1234567");
        assertSameAsNix(seven);
        Path eight = Files.writeString(dir.resolve("eight"), "12345678");
        assertSameAsNix(eight);
        Path exe = Files.writeString(dir.resolve("exe"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertSameAsNix(exe);
    }

    @Test
    void symlinkAlone() throws Exception {
        assertSameAsNix(Files.createSymbolicLink(dir.resolve("link"), Path.of("../some/where")));
    }

    @Test
    void treeWithEverything() throws Exception {
        Path root = Files.createDirectory(dir.resolve("tree"));
        Files.writeString(root.resolve("a.txt"), "hello\n");
        Files.createDirectory(root.resolve("empty-dir"));
        Path bin = Files.createDirectories(root.resolve("bin"));
        Path tool = Files.writeString(bin.resolve("tool"), "#!/bin/sh\necho tool\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("r-xr-xr-x"));
        Files.createSymbolicLink(root.resolve("link-to-tool"), Path.of("bin/tool"));
        Files.createSymbolicLink(root.resolve("dangling"), Path.of("/does/not/exist"));
        Files.writeString(root.resolve("ünïcödé ✓.txt"), "unicode name\n");
        Files.writeString(root.resolve("B-upper"), "sorted before lower case");
        Files.writeString(root.resolve("b-lower"), "");
        Files.write(root.resolve("binary"), new byte[] {0, 1, 2, (byte) 255, 10});
        assertSameAsNix(root);
    }

    @Test
    void randomTrees() throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 5; i++) {
            Path root = Files.createDirectory(dir.resolve("random" + i));
            fill(root, random, 3);
            assertSameAsNix(root);
        }
    }

    private static void fill(Path dir, Random random, int depth) throws IOException {
        int entries = random.nextInt(6);
        for (int i = 0; i < entries; i++) {
            String name = "e" + random.nextInt(1000) + (random.nextBoolean() ? "é" : "");
            Path entry = dir.resolve(name);
            if (Files.exists(entry)) {
                continue;
            }
            switch (random.nextInt(depth > 0 ? 4 : 3)) {
                case 0 -> {
                    byte[] bytes = new byte[random.nextInt(100)];
                    random.nextBytes(bytes);
                    Files.write(entry, bytes);
                }
                case 1 -> {
                    Files.writeString(entry, "x".repeat(random.nextInt(20)));
                    Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString("rwxr--r--"));
                }
                case 2 -> Files.createSymbolicLink(entry, Path.of("target" + random.nextInt(10)));
                default -> fill(Files.createDirectory(entry), random, depth - 1);
            }
        }
    }
}
