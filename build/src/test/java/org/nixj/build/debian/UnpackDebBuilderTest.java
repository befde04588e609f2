package org.nixj.build.debian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nixj.build.debian.DebFixtures.Entry.dir;
import static org.nixj.build.debian.DebFixtures.Entry.file;
import static org.nixj.build.debian.DebFixtures.Entry.hardLink;
import static org.nixj.build.debian.DebFixtures.Entry.symlink;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nixj.build.BuildException;
import org.nixj.build.BuildGoal;
import org.nixj.build.BuildOptions;
import org.nixj.build.Builders;
import org.nixj.build.Realiser;
import org.nixj.build.builder.Ownership;
import org.nixj.store.LocalStore;
import org.nixj.store.StoreDirectory;
import org.nixj.store.StorePath;

class UnpackDebBuilderTest {
    @TempDir
    Path tmp;

    LocalStore store;
    Realiser realiser;

    /** Unpacks {@code deb} (added to the store) and returns the output on disk. */
    Path unpack(byte[] deb) throws Exception {
        store = new LocalStore(StoreDirectory.DEFAULT, tmp.resolve("store"));
        realiser = new Realiser(store, Builders.of(List.of(new UnpackDebBuilder())), BuildOptions.defaults(), e -> { });
        StorePath src = store.addText("pkg_1.0_amd64.deb", deb, List.of());
        StorePath drv = DebFixtures.derivation(store, "pkg-1.0", "builtin:nixj-unpack-deb",
                Map.of("src", store.directory().print(src)), List.of(), List.of(src));
        StorePath out = realiser.realise(List.of(BuildGoal.allOutputs(drv))).values().iterator().next().get("out");
        return store.physical(out);
    }

    @Test
    void unpacksFilesLinksAndControlDataAndRecordsWhatTheStoreCannotKeep() throws Exception {
        Path out = unpack(DebFixtures.deb(
                List.of(dir("./", 0755), file("./control", 0644, "Package: pkg\nVersion: 1.0\n"),
                        file("./postinst", 0755, "#!/bin/sh\nexit 0\n")),
                List.of(dir("./", 0755), dir("./usr/", 0755), dir("./usr/bin/", 0755),
                        file("./usr/bin/su", 04755, "su binary"),
                        file("./usr/bin/chage", 02755, "chage binary").owned(0, 42, "root", "shadow"),
                        file("./usr/share/doc", 0644, "plain"),
                        dir("./tmp/", 01777),
                        dir("./root/", 0700),
                        file("./etc/shadow", 0640, "secret").owned(0, 42, "root", "shadow"),
                        hardLink("./usr/bin/sg", "./usr/bin/su"),
                        symlink("./bin/su", "/usr/bin/su"),
                        symlink("./usr/sbin/chage", "../bin/chage"))));

        assertEquals("su binary", Files.readString(out.resolve("usr/bin/su")));
        assertTrue(Files.isExecutable(out.resolve("usr/bin/su")));
        assertFalse(Files.isExecutable(out.resolve("usr/share/doc")));
        assertEquals("su binary", Files.readString(out.resolve("usr/bin/sg")), "a hard link becomes a copy");
        assertFalse(Files.isSymbolicLink(out.resolve("usr/bin/sg")));
        assertEquals(Path.of("/usr/bin/su"), Files.readSymbolicLink(out.resolve("bin/su")), "absolute targets are kept");
        assertEquals(Path.of("../bin/chage"), Files.readSymbolicLink(out.resolve("usr/sbin/chage")));
        assertTrue(Files.isDirectory(out.resolve("tmp"), LinkOption.NOFOLLOW_LINKS));
        assertEquals("Package: pkg\nVersion: 1.0\n", Files.readString(out.resolve("nix-support/debian/control")));
        assertTrue(Files.exists(out.resolve("nix-support/debian/postinst")));
        assertEquals("""
                0640 0 42 etc/shadow
                0700 0 0 root
                1777 0 0 tmp
                2755 0 42 usr/bin/chage
                4755 0 0 usr/bin/su
                """, Files.readString(out.resolve(Ownership.FILE)));
        assertEquals(new Ownership("usr/bin/chage", 02755, 0, 42), Ownership.read(out).get(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {".zst", ".gz", ""})
    void readsDataMembersCompressedWithZstdOrGzipOrNotAtAll(String suffix) throws Exception {
        Path out = unpack(DebFixtures.deb(List.of(file("./control", 0644, "Package: pkg\n")),
                List.of(dir("./", 0755), file("./usr/bin/tool", 0755, "tool " + suffix)), suffix));
        assertEquals("tool " + suffix, Files.readString(out.resolve("usr/bin/tool")));
        assertFalse(Files.exists(out.resolve(Ownership.FILE)), "nothing to record");
    }

    @Test
    void refusesPathsThatLeaveThePackageAndFilesThatAreNotPackages() throws Exception {
        BuildException e = assertThrows(BuildException.class, () -> unpack(DebFixtures.deb(
                List.of(file("./control", 0644, "Package: pkg\n")),
                List.of(file("./usr/../../evil", 0644, "x")))));
        assertTrue(e.getMessage().contains("'./usr/../../evil' leaves the package's tree"), e.getMessage());

        Path outside = tmp.resolve("outside");
        e = assertThrows(BuildException.class, () -> unpack(DebFixtures.deb(
                List.of(file("./control", 0644, "Package: pkg\n")),
                List.of(symlink("./lib64", outside.toString()), file("./lib64/evil", 0644, "x")))));
        assertTrue(e.getMessage().contains("'./lib64/evil' lies under the symlink 'lib64' of the same package"),
                e.getMessage());
        assertFalse(Files.exists(outside.resolve("evil")));

        e = assertThrows(BuildException.class, () -> unpack("not an ar archive at all".getBytes()));
        assertTrue(e.getMessage().contains("is not a Debian package"), e.getMessage());
        try (var files = Files.list(tmp.resolve("store"))) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith("-pkg-1.0")), "no output is left");
        }
    }
}
