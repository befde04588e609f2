package org.nixj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledNixpkgsTest {
    @TempDir
    Path cache;

    @Test
    void unpacksTheTreeOnceIntoAFolderNamedByItsContents() throws IOException {
        Path folder = BundledNixpkgs.folder(cache);
        assertTrue(Files.isRegularFile(folder.resolve("lib/default.nix")), folder.toString());
        assertTrue(folder.getFileName().toString().matches("nixpkgs-[0-9a-f]{20}"), folder.toString());
        long modified = Files.getLastModifiedTime(folder).toMillis();
        assertEquals(folder, BundledNixpkgs.folder(cache));
        assertEquals(modified, Files.getLastModifiedTime(folder).toMillis(), "unpacked again");
        try (Stream<Path> entries = Files.list(cache)) {
            assertEquals(1, entries.count(), "a temporary folder was left behind");
        }
    }

    @Test
    void cacheFollowsXdgCacheHome() {
        assertEquals(Path.of("/c/nixj"), BundledNixpkgs.defaultCacheDirectory(Map.of("XDG_CACHE_HOME", "/c"), "/h"));
        assertEquals(Path.of("/h/.cache/nixj"), BundledNixpkgs.defaultCacheDirectory(Map.of(), "/h"));
    }

    @Test
    void angleBracketNixpkgsFindsTheBundledLibraryWhenTheSearchPathHasNone() {
        CliRun r = CliRun.run("instantiate", "--eval", "--strict", "-E",
                "with import <nixpkgs/lib>; (evalModules { modules = [ { options.x = mkOption { default = 1; }; }"
                        + " { x = mkForce 2; } ]; }).config.x");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("2\n", r.out());
        assertTrue(r.err().contains("bundled nixpkgs-compatible library"), r.err());
    }

    @Test
    void aSearchPathEntryForNixpkgsComesFirst() throws IOException {
        Files.createDirectories(cache.resolve("mine"));
        Files.writeString(cache.resolve("mine/default.nix"), "\"mine\"");
        CliRun r = CliRun.run("instantiate", "-I", "nixpkgs=" + cache.resolve("mine"), "--eval", "-E", "import <nixpkgs>");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("\"mine\"\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void aFileArgumentInAngleBracketsIsLookedUpInTheSearchPath() {
        // The wiki's `nix-build -A iso_minimal.x86_64-linux '<nixpkgs/nixos/release.nix>'`, as -f takes it.
        CliRun r = CliRun.run("eval", "-f", "<nixpkgs/nixos/release.nix>", "iso_minimal.x86_64-linux.name");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().matches("\"nixos-minimal-[0-9.]+pre0\\.gfedcba-x86_64-linux\\.iso\"\n"), r.out());

        CliRun missing = CliRun.run("instantiate", "--eval", "<nixpkgs/no-such-file.nix>");
        assertEquals(1, missing.exitCode(), missing.out());
        assertTrue(missing.err().contains("file 'nixpkgs/no-such-file.nix' was not found in the Nix search path"), missing.err());
    }

    @Test
    void pureEvaluationHasNoSearchPathFallback() {
        CliRun r = CliRun.run("eval", "--expr", "<nixpkgs>");
        assertEquals(1, r.exitCode(), r.out());
        assertTrue(r.err().startsWith("error: cannot look up '<nixpkgs>' in pure evaluation mode (use '--impure' to override)"),
                r.err());
    }
}
