package org.nixj.image.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;

/**
 * A directory on disk with the shapes that break image writers: empty files and directories, files of
 * exactly one block and a byte more, a few MiB of incompressible and compressible data, identical files,
 * long and non-ASCII names, names that collide in 8.3 and ISO forms, deep nesting, absolute, relative and
 * dangling symlinks, executable and setuid modes. Contents come from a fixed seed.
 */
public final class SampleTree {
    private SampleTree() {}

    public static Path create(Path root) throws IOException {
        Random rnd = new Random(42);
        Files.createDirectories(root);
        write(root.resolve("empty"), new byte[0]);
        write(root.resolve("hello.txt"), "hello, world\n".getBytes(StandardCharsets.UTF_8));
        Path bin = Files.createDirectories(root.resolve("bin"));
        write(bin.resolve("tool"), random(rnd, 3 * 1024 * 1024 + 17));
        Files.setPosixFilePermissions(bin.resolve("tool"), PosixFilePermissions.fromString("rwxr-xr-x"));
        write(bin.resolve("setuid-tool"), random(rnd, 5000));
        Files.setAttribute(bin.resolve("setuid-tool"), "unix:mode", 04750);
        Path data = Files.createDirectories(root.resolve("data"));
        write(data.resolve("block"), repeat("0123456789abcdef", 1 << 20));
        write(data.resolve("block-plus-one"), repeat("0123456789abcdef", (1 << 20) + 1));
        write(data.resolve("copy-a"), repeat("same bytes\n", 300_000));
        write(data.resolve("copy-b"), repeat("same bytes\n", 300_000));
        write(data.resolve("small-copy-1"), "tiny\n".getBytes(StandardCharsets.UTF_8));
        write(data.resolve("small-copy-2"), "tiny\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 300; i++) {
            write(data.resolve(String.format("many-%03d.conf", i)), random(rnd, rnd.nextInt(3000)));
        }
        write(root.resolve("A very long file name that goes well past thirty-one characters and sixty-four too, really.txt"),
                "long\n".getBytes(StandardCharsets.UTF_8));
        write(root.resolve("grüße-ñ-日本.txt"), "unicode\n".getBytes(StandardCharsets.UTF_8));
        write(root.resolve("Readme.md"), "one\n".getBytes(StandardCharsets.UTF_8));
        write(root.resolve("README.MD.bak"), "two\n".getBytes(StandardCharsets.UTF_8));
        write(root.resolve("readme.md"), "three\n".getBytes(StandardCharsets.UTF_8));
        write(root.resolve(".hidden"), "dot\n".getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(root.resolve("empty-dir"));
        Path deep = root;
        for (int i = 0; i < 12; i++) {
            deep = Files.createDirectories(deep.resolve("level" + i));
        }
        write(deep.resolve("bottom"), "deep\n".getBytes(StandardCharsets.UTF_8));
        Path links = Files.createDirectories(root.resolve("links"));
        Files.createSymbolicLink(links.resolve("relative"), Path.of("../hello.txt"));
        Files.createSymbolicLink(links.resolve("absolute"), Path.of("/nix/store/abc-foo/bin/sh"));
        Files.createSymbolicLink(links.resolve("dangling"), Path.of("does/not/exist"));
        Files.createSymbolicLink(links.resolve("dir-link"), Path.of("../data"));
        Files.createSymbolicLink(links.resolve("long"), Path.of("x/".repeat(150) + "end"));
        Files.setPosixFilePermissions(root.resolve("empty-dir"), PosixFilePermissions.fromString("rwx------"));
        return root;
    }

    private static void write(Path p, byte[] b) throws IOException {
        Files.write(p, b);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static byte[] random(Random rnd, int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }

    private static byte[] repeat(String s, int totalBytes) {
        byte[] unit = s.getBytes(StandardCharsets.US_ASCII);
        byte[] b = new byte[totalBytes];
        for (int i = 0; i < totalBytes; i++) {
            b[i] = unit[i % unit.length];
        }
        return b;
    }
}
