package org.nixj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled library's trivial builders ({@code writeText}, {@code writeScriptBin}, {@code symlinkJoin},
 * {@code buildEnv}, ...), evaluated from {@code <nixpkgs>} and built by {@code nixj build} with nixj's own
 * builders. Links inside outputs are logical ({@code /nix/store/…}), so they are checked by their targets.
 */
class TrivialBuildersTest {
    @TempDir
    Path dir;

    Path store;
    Path file;

    @BeforeEach
    void writeExpression() throws IOException {
        store = dir.resolve("store");
        file = dir.resolve("t.nix");
        Files.writeString(file, """
                let pkgs = import <nixpkgs> { system = "x86_64-linux"; }; in rec {
                  hello = pkgs.writeText "hello" "Hello, world\\n";
                  greet = pkgs.writeScriptBin "greet" "#!/bin/sh\\ncat ${hello}\\n";
                  doc = pkgs.writeTextDir "share/doc/a.txt" "a";
                  joined = pkgs.symlinkJoin { name = "joined"; paths = [ greet doc ]; };
                  env = pkgs.buildEnv { name = "env"; paths = [ greet doc ]; pathsToLink = [ "/bin" ]; };
                  greetLinks = pkgs.nixjTree { name = "greet-links"; entries = [ { path = "bin/greet"; target = "${greet}/bin/greet"; } ]; };
                  linked = pkgs.buildEnv { name = "linked"; paths = [ greet greetLinks ]; };
                  clash = pkgs.buildEnv { name = "clash"; paths = [ (pkgs.writeTextDir "a" "1") (pkgs.writeTextDir "a" "2") ]; };
                  checked = pkgs.writeTextFile { name = "c"; text = "x"; checkPhase = "false"; };
                  tree = pkgs.nixjTree { name = "tree"; entries = [
                    { path = "etc/shadow"; text = "root:*:1::::::\n"; mode = "0640"; gid = 42; }
                    { path = "etc/hello"; source = "${hello}"; }
                    { path = "etc/copy"; source = "${hello}"; mode = "0644"; }
                    { path = "etc/systemd/system/gpt-auto.service"; target = "/dev/null"; }
                    { path = "var/empty"; directory = true; }
                  ]; };
                  pkg = pkgs.nixjTree { name = "pkg"; entries = [
                    { path = "etc/issue"; text = "Debian"; }
                    { path = "etc/login.defs"; text = "defs"; }
                    { path = "etc/os-release"; target = "../usr/lib/os-release"; }
                    { path = "etc/units/stray.service"; text = "stray"; }
                    { path = "lib/systemd/system/getty@.service"; text = "[Service]"; }
                  ]; };
                  merged = pkgs.nixjTree { name = "merged"; entries = [
                    { path = "etc"; merge = "${pkg}/etc"; }
                    { path = "etc"; merge = "${pkg}/absent"; }
                    { path = "etc/issue"; text = "ours"; }
                    { path = "etc/units"; source = "${hello}"; }
                    { path = "getty@.service"; text = "[Service]"; ifExists = { source = "${pkg}/lib/systemd/system/getty@.service"; path = "getty@.service.d/overrides.conf"; }; }
                    { path = "sshd.service"; text = "[Service]"; ifExists = { source = "${pkg}/lib/systemd/system/sshd.service"; path = "sshd.service.d/overrides.conf"; }; }
                    { path = "default.target"; target = "getty@.service"; ifExists = { source = "${pkg}/lib/systemd/system/getty@.service"; target = "/lib/systemd/system/getty@.service"; }; }
                  ]; };
                  twice = pkgs.nixjTree { name = "twice"; entries = [ { path = "a"; text = "1"; } { path = "a"; text = "2"; } ]; };
                }
                """);
    }

    Path build(String attr) {
        Path link = dir.resolve("result-" + attr);
        CliRun r = CliRun.run("build", "--store", store.toString(), "-f", file.toString(), attr, "-o", link.toString());
        assertEquals(0, r.exitCode(), r.err());
        return link;
    }

    /** Where a logical store path is in the test's store. */
    Path physical(Path logical) {
        return store.resolve(logical.toString().substring("/nix/store/".length()));
    }

    @Test
    void writeTextAndWriteScriptBinWriteTheirTextAndRecordWhatItRefersTo() throws IOException {
        Path hello = build("hello");
        assertEquals("Hello, world\n", Files.readString(hello));
        Path greet = build("greet").resolve("bin/greet");
        assertTrue(Files.isExecutable(greet));
        String script = Files.readString(greet);
        assertTrue(script.matches("#!/bin/sh\ncat /nix/store/[0-9a-z]{32}-hello\n"), script);
    }

    @Test
    void symlinkJoinAndBuildEnvLinkEveryFileOfTheirPaths() throws IOException {
        Path joined = build("joined");
        Path link = joined.resolve("bin/greet");
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readSymbolicLink(link).toString().matches("/nix/store/[0-9a-z]{32}-greet/bin/greet"));
        assertEquals("a", Files.readString(physical(Files.readSymbolicLink(joined.resolve("share/doc/a.txt")))));

        Path env = build("env");
        assertTrue(Files.isSymbolicLink(env.resolve("bin/greet")));
        assertTrue(Files.notExists(env.resolve("share")), "pathsToLink leaves the rest out");

        Path linked = build("linked");
        assertTrue(Files.readSymbolicLink(linked.resolve("bin/greet")).toString().matches("/nix/store/[0-9a-z]{32}-greet/bin/greet"),
                "a link to a file of another path is that file, not a collision");
    }

    @Test
    void nixjTreeMakesFilesLinksAndCopiesAndRecordsTheModesTheStoreCannotKeep() throws IOException {
        Path tree = build("tree");
        assertEquals("root:*:1::::::\n", Files.readString(tree.resolve("etc/shadow")));
        assertEquals("Hello, world\n", Files.readString(tree.resolve("etc/copy")));
        assertTrue(Files.readSymbolicLink(tree.resolve("etc/hello")).toString().matches("/nix/store/[0-9a-z]{32}-hello"));
        assertEquals(Path.of("/dev/null"), Files.readSymbolicLink(tree.resolve("etc/systemd/system/gpt-auto.service")));
        assertTrue(Files.isDirectory(tree.resolve("var/empty")));
        assertEquals("0644 0 0 etc/copy\n0640 0 42 etc/shadow\n", Files.readString(tree.resolve("nix-support/nixj-ownership")));

        CliRun twice = CliRun.run("build", "--store", store.toString(), "-f", file.toString(), "twice", "--no-link");
        assertEquals(1, twice.exitCode());
        assertTrue(twice.err().contains("two entries are named 'a'"), twice.err());
    }

    @Test
    void nixjTreeMergesAFoldersFilesWhereNoEntryGivesOneAndWritesDropInsForExistingUnits() throws IOException {
        Path tree = build("merged");
        assertEquals("ours", Files.readString(tree.resolve("etc/issue")), "an entry wins over a merged file");
        assertTrue(Files.readSymbolicLink(tree.resolve("etc/login.defs")).toString().matches("/nix/store/[0-9a-z]{32}-pkg/etc/login.defs"));
        assertEquals(Path.of("../usr/lib/os-release"), Files.readSymbolicLink(tree.resolve("etc/os-release")), "links are copied");
        assertTrue(Files.readSymbolicLink(tree.resolve("etc/units")).toString().matches("/nix/store/[0-9a-z]{32}-hello"),
                "nothing is merged into a link an entry made");
        assertEquals("[Service]", Files.readString(tree.resolve("getty@.service.d/overrides.conf")));
        assertTrue(Files.notExists(tree.resolve("getty@.service")));
        assertEquals("[Service]", Files.readString(tree.resolve("sshd.service")));
        assertEquals(Path.of("/lib/systemd/system/getty@.service"), Files.readSymbolicLink(tree.resolve("default.target")),
                "ifExists replaces any attribute");
    }

    @Test
    void collisionsAndShellPhasesAreErrors() {
        CliRun clash = CliRun.run("build", "--store", store.toString(), "-f", file.toString(), "clash", "--no-link");
        assertEquals(1, clash.exitCode());
        assertTrue(clash.err().matches("(?s).*collision between '/nix/store/[0-9a-z]{32}-a/a' and '/nix/store/[0-9a-z]{32}-a/a'.*"),
                clash.err());

        CliRun checked = CliRun.run("build", "--store", store.toString(), "-f", file.toString(), "checked", "--no-link");
        assertEquals(1, checked.exitCode());
        assertTrue(checked.err().contains("writeTextFile's checkPhase is a shell script, and nixj runs no shell scripts yet"),
                checked.err());
    }
}
