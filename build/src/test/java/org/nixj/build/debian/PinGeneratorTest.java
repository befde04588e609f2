package org.nixj.build.debian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.compressors.lz4.FramedLZ4CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinGeneratorTest {
    @TempDir
    Path tmp;

    static final String LIST = ClosureResolverTest.pkg("app", "1:2.0-1", "Depends: lib")
            + ClosureResolverTest.pkg("lib", "1.0").replace("pool/main/x/lib", "pool/updates/main/l/lib")
            + ClosureResolverTest.pkg("other", "1");

    Path lists() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("lists"));
        try (OutputStream out = new FramedLZ4CompressorOutputStream(Files.newOutputStream(
                folder.resolve("deb.example_debian_dists_bookworm_main_binary-amd64_Packages.lz4")))) {
            out.write(LIST.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(folder.resolve("deb.example_debian_dists_bookworm_InRelease"),
                "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\nOrigin: Debian\nDate: Sat, 05 Dec 2026 03:33:28 UTC\n");
        return folder;
    }

    @Test
    void writesTheClosureAsANixFileFromLz4ListsTheSameBytesEachTime() throws Exception {
        Path lists = lists();
        Path out = tmp.resolve("pins.nix");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = PinGenerator.run(List.of("--lists", lists.toString(), "--note", "a note", "-o", out.toString(), "app"),
                System.out, new PrintStream(err));
        assertEquals(0, status, err.toString());
        String text = Files.readString(out);
        assertEquals("""
                {
                  "app" = {
                    pname = "app";
                    version = "1:2.0-1";
                    architecture = "amd64";
                    filename = "pool/main/x/app/app_2.0-1_amd64.deb";
                    url = "mirror://debian/pool/main/x/app/app_2.0-1_amd64.deb";
                    size = 10;
                    sha256 = "abababababababababababababababababababababababababababababababab";
                    description = "the app";
                    dependencies = [ "lib" ];
                  };
                  "lib" = {
                    pname = "lib";
                    version = "1.0";
                    architecture = "amd64";
                    filename = "pool/updates/main/l/lib/lib_1.0_amd64.deb";
                    url = "mirror://debian-security/pool/updates/main/l/lib/lib_1.0_amd64.deb";
                    size = 10;
                    sha256 = "abababababababababababababababababababababababababababababababab";
                    description = "the lib";
                    dependencies = [];
                  };
                }
                """, text.substring(text.indexOf("{\n")));
        assertTrue(text.contains("# Snapshot timestamp (the newest list's Release date): 20261205T033328Z\n"), text);
        assertTrue(text.contains("# a note\n"), text);
        assertTrue(text.contains("# Roots: app\n"), text);
        assertTrue(text.contains("# 2 packages, 20 bytes of .deb files.\n"), text);

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        assertEquals(0, PinGenerator.run(List.of("--lists", lists.toString(), "--note", "a note", "app"),
                new PrintStream(again, true, StandardCharsets.UTF_8), System.err));
        assertEquals(text, again.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badInputIsAMessageAndNoOutput() throws Exception {
        Path lists = lists();
        Path out = tmp.resolve("pins.nix");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(1, PinGenerator.run(List.of("--lists", lists.toString(), "-o", out.toString(), "nosuch"),
                System.out, new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertEquals("error: no package list has a package 'nosuch'\n", err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(out));
        err.reset();
        assertEquals(2, PinGenerator.run(List.of("--frobnicate"), System.out, new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertEquals("error: unknown option '--frobnicate'\n", err.toString(StandardCharsets.UTF_8));
        assertEquals(Set.of(), Set.copyOf(Files.list(tmp).filter(p -> p.toString().endsWith(".tmp")).toList()));
    }

    /** The bundled pin file says the snapshot timestamp that the default mirrors use. */
    @Test
    void theBundledPinFileAndTheDefaultMirrorsAgreeOnTheSnapshot() throws Exception {
        Path pins = Path.of("../modules-lib/src/main/nix/pkgs/debian/bookworm-amd64.nix");
        assertTrue(Files.readString(pins).contains("# Snapshot timestamp (the newest list's Release date): "
                + DebianMirrors.BUNDLED_SNAPSHOT + "\n"));
        assertEquals("https://snapshot.debian.org/archive/debian/" + DebianMirrors.BUNDLED_SNAPSHOT + "/",
                DebianMirrors.DEFAULT.get("debian").getFirst());
    }
}
