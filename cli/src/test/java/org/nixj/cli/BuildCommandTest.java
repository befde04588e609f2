package org.nixj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;
import org.nixj.store.hash.HashFormat;

/** {@code nixj build} end to end, in-process, with a fixed-output download from a file:// URL. */
class BuildCommandTest {
    @TempDir
    Path dir;

    Path store;
    Path file;

    @BeforeEach
    void writeExpression() throws IOException {
        store = dir.resolve("store");
        Path source = dir.resolve("hello.txt");
        Files.writeString(source, "hello\n");
        String sha256 = Hash.of(HashAlgorithm.SHA256, "hello\n".getBytes()).format(HashFormat.BASE16, false);
        file = dir.resolve("t.nix");
        Files.writeString(file, """
                rec {
                  hello = derivation {
                    name = "hello.txt"; system = "builtin"; builder = "builtin:fetchurl";
                    url = "%s"; outputHash = "%s"; outputHashAlgo = "sha256"; outputHashMode = "flat";
                  };
                  wrong = derivation {
                    name = "wrong.txt"; system = "builtin"; builder = "builtin:fetchurl";
                    url = "%s"; outputHashAlgo = "sha256"; outputHashMode = "flat";
                    outputHash = "0000000000000000000000000000000000000000000000000000000000000000";
                  };
                  sized = derivation {
                    name = "sized.deb"; system = "builtin"; builder = "builtin:fetchurl"; debianSize = 1572864;
                    url = "%s"; outputHash = "%s"; outputHashAlgo = "sha256"; outputHashMode = "flat";
                  };
                  script = derivation { name = "script"; system = "x86_64-linux"; builder = "/bin/sh"; args = [ "-c" "cat ${hello}" ]; };
                  notADerivation = 42;
                }
                """.formatted(source.toUri(), sha256, source.toUri(), source.toUri(), sha256));
    }

    @Test
    void buildsAFixedOutputDerivationAndLinksTheResultToTheFileOnDisk() throws IOException {
        Path link = dir.resolve("result");
        CliRun r = CliRun.run("build", "--store", store.toString(), "-f", file.toString(), "hello", "-o", link.toString(),
                "--print-out-paths");

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().matches("/nix/store/[0-9a-z]{32}-hello\\.txt\n"), r.out());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("hello\n", Files.readString(link));
        assertTrue(Files.readSymbolicLink(link).startsWith(store), "the link points into nixj's store on disk");
        assertTrue(r.err().contains("building '/nix/store/"), r.err());

        CliRun again = CliRun.run("build", "--store", store.toString(), "-f", file.toString(), "hello", "--no-link", "--json");
        assertEquals(0, again.exitCode(), again.err());
        assertEquals("", again.err(), "nothing is built twice");
        assertTrue(again.out().matches("\\[\\{\"drvPath\":\"/nix/store/[0-9a-z]{32}-hello\\.txt\\.drv\",\"outputs\":\\{\"out\":\"/nix/store/[0-9a-z]{32}-hello\\.txt\"}}]\n"),
                again.out());
    }

    @Test
    void aHashMismatchFailsWithNixsMessageAndLeavesNoLink() {
        Path link = dir.resolve("result");
        CliRun r = CliRun.run("build", "--store", store.toString(), "-f", file.toString(), "wrong", "-o", link.toString());

        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("error: Cannot build '/nix/store/"), r.err());
        assertTrue(r.err().contains("hash mismatch in file downloaded from"), r.err());
        assertFalse(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aDerivationWithAShellBuilderIsRefusedBeforeAnythingIsBuilt() {
        CliRun r = CliRun.run("build", "--store", store.toString(), "-f", file.toString(), "script", "--no-link");

        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("its builder '/bin/sh' is not one nixj can run"), r.err());
        assertFalse(r.err().contains("building '"), "the download it depends on was not started: " + r.err());
    }

    @Test
    void dryRunListsWhatWouldBeBuiltThenWhatWouldBeDownloaded() {
        CliRun r = CliRun.run("build", "--store", store.toString(), "-f", file.toString(), "script", "--dry-run");

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().matches("""
                this derivation will be built:
                  /nix/store/[0-9a-z]{32}-script\\.drv
                this path will be fetched:
                  /nix/store/[0-9a-z]{32}-hello\\.txt
                """), r.err());
        assertFalse(Files.exists(store.resolve(r.err().lines().toList().get(3).substring("  /nix/store/".length()))), "nothing was fetched");
    }

    @Test
    void dryRunTellsTheDownloadSizeWhenTheDerivationsGiveIt() {
        CliRun r = CliRun.run("build", "--store", store.toString(), "-f", file.toString(), "sized", "--dry-run");

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().matches("this path will be fetched \\(1\\.50 MiB download\\):\n  /nix/store/[0-9a-z]{32}-sized\\.deb\n"), r.err());
    }

    @Test
    void somethingThatIsNotADerivationIsAnError() {
        CliRun r = CliRun.run("build", "--store", store.toString(), "-f", file.toString(), "notADerivation");

        assertEquals(1, r.exitCode());
        assertEquals("error: installable 'notADerivation' does not evaluate to a derivation (it is an integer), so there is nothing to build\n",
                r.err());
    }
}
