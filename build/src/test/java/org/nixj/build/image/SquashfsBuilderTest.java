package org.nixj.build.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.build.BuildException;
import org.nixj.build.builder.Ownership;

class SquashfsBuilderTest {
    @TempDir
    Path tmp;
    ImageFixture fixture;
    String library;
    String shadow;
    String unrelated;

    @BeforeEach
    void store() throws Exception {
        fixture = new ImageFixture(tmp);
        library = fixture.add("libc-2.36", root -> {
            Files.createDirectories(root.resolve("lib"));
            Files.writeString(root.resolve("lib/libc.so.6"), "a library");
        });
        shadow = fixture.add("passwd-4.13", root -> {
            Files.createDirectories(root.resolve("usr/bin"));
            Files.createDirectories(root.resolve("etc"));
            Files.createDirectories(root.resolve("nix-support/debian"));
            Files.writeString(root.resolve("usr/bin/su"), "#!su");
            root.resolve("usr/bin/su").toFile().setExecutable(true);
            Files.writeString(root.resolve("usr/bin/chage"), "#!chage");
            root.resolve("usr/bin/chage").toFile().setExecutable(true);
            Files.createSymbolicLink(root.resolve("usr/bin/sg"), Path.of("newgrp"));
            Files.writeString(root.resolve("etc/shadow"), "root:*:1::::::\n");
            // As the builders record them (the Debian unpacker, nixj-tree).
            Files.writeString(root.resolve(Ownership.FILE), "0640 0 42 etc/shadow\n2755 0 42 usr/bin/chage\n4755 0 0 usr/bin/su\n");
        }, library);
        unrelated = fixture.add("unrelated-1", root -> Files.writeString(root.resolve("x"), "x"));
    }

    private JsonObject attributes(String compression, String... roots) {
        JsonObject a = new JsonObject();
        a.addProperty("compression", compression);
        a.add("storePaths", InitrdBuilderTest.strings(List.of(roots)));
        return a;
    }

    @Test
    void theClosureIsLaidOutAsTheStoreWithNixModesAndTheRecordedOwners() throws Exception {
        ImageFixture.require("unsquashfs");
        Path image = fixture.build(new SquashfsBuilder(), "nix-store.squashfs", attributes("gzip", shadow));
        String listing = ImageFixture.run("unsquashfs", "-lls", "-n", image.toString());
        String s = name(shadow);
        String l = name(library);
        assertTrue(listing.lines().anyMatch(x -> x.matches("dr-xr-xr-x root/root .* squashfs-root/" + s)), listing);
        assertTrue(listing.lines().anyMatch(x -> x.matches("-rwsr-xr-x root/root .* squashfs-root/" + s + "/usr/bin/su")), listing);
        assertTrue(listing.lines().anyMatch(x -> x.matches("-rwxr-sr-x root/(42|shadow) .* squashfs-root/" + s + "/usr/bin/chage")), listing);
        assertTrue(listing.lines().anyMatch(x -> x.matches("lrwxrwxrwx root/root .* squashfs-root/" + s + "/usr/bin/sg -> newgrp")), listing);
        assertTrue(listing.lines().anyMatch(x -> x.matches("-rw-r----- root/(42|shadow) .* squashfs-root/" + s + "/etc/shadow")), listing);
        assertTrue(listing.lines().anyMatch(x -> x.matches("-r--r--r-- root/root .* squashfs-root/" + l + "/lib/libc.so.6")), listing);
        assertTrue(listing.lines().anyMatch(x -> x.matches("-r--r--r-- root/root .* squashfs-root/nix-path-registration")), listing);
        assertFalse(listing.contains(name(unrelated)), "only the closure is in the image");
        assertTrue(listing.lines().anyMatch(x -> x.matches("d.* 1980-01-01 00:00 squashfs-root")), listing);

        Path x = tmp.resolve("x");
        ImageFixture.run("unsquashfs", "-n", "-d", x.toString(), image.toString(), "nix-path-registration");
        String registration = Files.readString(x.resolve("nix-path-registration"));
        assertTrue(registration.matches("(?s).*" + library + "\nsha256:[0-9a-f]{64}\n[0-9]+\n\n0\n.*"), registration);
        assertTrue(registration.matches("(?s).*" + shadow + "\nsha256:[0-9a-f]{64}\n[0-9]+\n\n1\n" + library + "\n.*"), registration);
    }

    @Test
    void objectsThatAreFilesOrLinksStaySo() throws Exception {
        ImageFixture.require("unsquashfs");
        String script = fixture.addObject("hello.sh", path -> {
            Files.writeString(path, "#!/bin/sh\necho hello\n");
            path.toFile().setExecutable(true);
        });
        String link = fixture.addObject("hello-link", path -> Files.createSymbolicLink(path, Path.of(script)), script);
        Path image = fixture.build(new SquashfsBuilder(), "files.squashfs", attributes("gzip", link));
        String listing = ImageFixture.run("unsquashfs", "-lls", "-n", image.toString());
        assertTrue(listing.lines().anyMatch(x -> x.matches("-r-xr-xr-x root/root +21 .* squashfs-root/" + name(script))), listing);
        assertTrue(listing.lines().anyMatch(x -> x.matches("lrwxrwxrwx root/root .* squashfs-root/" + name(link) + " -> " + script)), listing);
    }

    @Test
    void twoBuildsGiveTheSameBytesWithXzAsNixosWritesIt() throws Exception {
        Path first = fixture.build(new SquashfsBuilder(), "a.squashfs", attributes("xz -Xdict-size 100%", shadow));
        Path second = fixture.build(new SquashfsBuilder(), "b.squashfs", attributes("xz -Xdict-size 100%", shadow));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        ImageFixture.require("unsquashfs");
        String superblock = ImageFixture.run("unsquashfs", "-s", first.toString());
        assertTrue(superblock.contains("Compression xz") && superblock.contains("Block size 1048576"), superblock);
    }

    @Test
    void nixosDefaultZstdWorksAndBadOptionsAreClearErrors() throws Exception {
        Path zstd = fixture.build(new SquashfsBuilder(), "z.squashfs", attributes("zstd -Xcompression-level 19", shadow));
        ImageFixture.require("unsquashfs");
        assertTrue(ImageFixture.run("unsquashfs", "-s", zstd.toString()).contains("Compression zstd"));
        BuildException option = assertThrows(BuildException.class,
                () -> fixture.build(new SquashfsBuilder(), "o.squashfs", attributes("gzip -Xfast 1", shadow)));
        assertTrue(option.getMessage().contains("isoImage.squashfsCompression \"gzip -Xfast 1\": unknown compressor option '-Xfast'"),
                option.getMessage());
    }

    @Test
    void aBadOwnersRecordNamesItsLine() throws Exception {
        String bad = fixture.add("bad-1", root -> {
            Files.createDirectories(root.resolve("nix-support"));
            Files.writeString(root.resolve(Ownership.FILE), "0755 0 0 ok\nrwx 0 0 x\n");
        });
        BuildException e = assertThrows(BuildException.class,
                () -> fixture.build(new SquashfsBuilder(), "bad.squashfs", attributes("gzip", bad)));
        assertTrue(e.getMessage().contains(bad + ": '") && e.getMessage().contains("has a line that is not '<mode> <uid> <gid> <path>': rwx 0 0 x"),
                e.getMessage());
    }

    private static String name(String logical) {
        return logical.substring("/nix/store/".length());
    }

    @Test
    void compressionSpecsMapToTheWriters() throws Exception {
        assertEquals("gzip", Compression.squashfs("gzip -Xcompression-level 6", 1 << 20).name());
        assertEquals(new org.nixj.image.compress.XzCompressor(6, 1 << 19, true), Compression.squashfs("xz -Xdict-size 50% -Xbcj x86", 1 << 20));
        assertEquals(new org.nixj.image.compress.XzCompressor(6, 1 << 18, false), Compression.squashfs("xz -Xdict-size 256K", 1 << 20));
    }
}
