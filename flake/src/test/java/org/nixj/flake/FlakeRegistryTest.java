package org.nixj.flake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlakeRegistryTest {
    private static final Path CWD = Path.of("/");

    private static FlakeRef ref(String text) {
        return FlakeRef.parse(text, CWD);
    }

    private static FlakeRegistry registry(String... fromTo) {
        List<FlakeRegistry.Entry> entries = new ArrayList<>();
        for (int i = 0; i < fromTo.length; i += 2) {
            entries.add(new FlakeRegistry.Entry(ref(fromTo[i]), ref(fromTo[i + 1]), false));
        }
        return new FlakeRegistry(entries);
    }

    @Test
    void directReferencesResolveToThemselves() {
        assertEquals(Optional.of(ref("path:/a")), FlakeRegistry.empty().resolve(ref("path:/a")));
    }

    @Test
    void unknownIndirectReferencesDoNotResolve() {
        assertEquals(Optional.empty(), registry("flake:foo", "path:/a").resolve(ref("flake:bar")));
    }

    @Test
    void theFirstMatchingEntryWins() {
        assertEquals("path:/a", registry("flake:foo", "path:/a", "flake:foo", "path:/b").resolve(ref("foo")).orElseThrow().toString());
    }

    @Test
    void branchAndRevisionCarryOverToTheTarget() {
        FlakeRegistry r = registry("flake:nixpkgs", "github:NixOS/nixpkgs");
        assertEquals("github:NixOS/nixpkgs/nixos-24.05", r.resolve(ref("nixpkgs/nixos-24.05")).orElseThrow().toString());
        assertEquals("github:NixOS/nixpkgs/0123456789abcdef0123456789abcdef01234567",
                r.resolve(ref("nixpkgs/0123456789abcdef0123456789abcdef01234567")).orElseThrow().toString());
    }

    @Test
    void anEntryWithABranchMatchesOnlyThatBranch() {
        FlakeRegistry r = registry("flake:nixpkgs/stable", "path:/stable", "flake:nixpkgs", "github:NixOS/nixpkgs");
        assertEquals("path:/stable", r.resolve(ref("nixpkgs/stable")).orElseThrow().toString());
        assertEquals("github:NixOS/nixpkgs/unstable", r.resolve(ref("nixpkgs/unstable")).orElseThrow().toString());
    }

    @Test
    void exactEntriesMatchOnlyEqualReferencesAndCarryNothing() {
        FlakeRegistry r = new FlakeRegistry(List.of(new FlakeRegistry.Entry(ref("flake:foo"), ref("github:o/r"), true)));
        assertEquals("github:o/r", r.resolve(ref("foo")).orElseThrow().toString());
        assertEquals(Optional.empty(), r.resolve(ref("foo/main")));
    }

    @Test
    void entriesChainAndCyclesAreReported() {
        assertEquals("path:/a", registry("flake:foo", "flake:bar", "flake:bar", "path:/a").resolve(ref("foo")).orElseThrow().toString());
        FlakeException e = assertThrows(FlakeException.class,
                () -> registry("flake:foo", "flake:bar", "flake:bar", "flake:foo").resolve(ref("foo")));
        assertEquals("cycle detected in flake registry for 'flake:foo'", e.getMessage());
    }

    @Test
    void theReferencesDirectoryWins() {
        FlakeRegistry r = registry("flake:foo", "path:/a?dir=x");
        assertEquals("path:/a?dir=x", r.resolve(ref("foo")).orElseThrow().toString());
        assertEquals("path:/a?dir=y", r.resolve(ref("flake:foo?dir=y")).orElseThrow().toString());
    }

    @Test
    void parsesVersionTwoAndRejectsOthers() {
        FlakeRegistry r = FlakeRegistry.parse("""
                {"flakes":[{"from":{"type":"indirect","id":"foo"},"to":{"type":"path","path":"/a","dir":"sub"},"exact":true}],
                 "version":2}""", "r.json");
        assertEquals(List.of(new FlakeRegistry.Entry(ref("flake:foo"), ref("path:/a?dir=sub"), true)), r.entries());
        FlakeException e = assertThrows(FlakeException.class, () -> FlakeRegistry.parse("{\"flakes\":[],\"version\":1}", "r.json"));
        assertEquals("flake registry 'r.json' has unsupported version 1", e.getMessage());
    }

    @Test
    void writesWhatItReads(@TempDir Path dir) {
        FlakeRegistry r = registry("flake:foo", "path:/a", "flake:bar/main", "github:o/r?dir=d")
                .with(new FlakeRegistry.Entry(ref("flake:baz"), ref("path:/b"), true));
        Path file = dir.resolve("nix/registry.json");
        r.writeTo(file);
        assertEquals(r, FlakeRegistry.read(file));
    }

    @Test
    void addingReplacesTheEntryFromTheSameReferenceAtTheEnd() {
        FlakeRegistry r = registry("flake:foo", "path:/a", "flake:bar", "path:/b")
                .with(new FlakeRegistry.Entry(ref("flake:foo"), ref("path:/c"), false));
        assertEquals(registry("flake:bar", "path:/b", "flake:foo", "path:/c"), r);
        assertEquals(registry("flake:bar", "path:/b"), r.without(ref("flake:foo")));
    }

    @Test
    void theUserRegistryComesFirstAndAnUnreadableOneIsAWarning(@TempDir Path dir) throws IOException {
        Path user = dir.resolve("config/nix/registry.json");
        registry("flake:foo", "path:/user").writeTo(user);
        Path global = dir.resolve("global.json");
        Files.writeString(global, "{\"flakes\":[],\"version\":3}");
        List<String> warnings = new ArrayList<>();
        FlakeRegistry r = FlakeRegistry.standard(Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString()), "/nonexistent",
                Optional.of(global), warnings::add);
        assertEquals("path:/user", r.resolve(ref("foo")).orElseThrow().toString());
        assertEquals(1, warnings.size());
        assertTrue(warnings.getFirst().startsWith("warning: cannot read flake registry '" + global + "'"), warnings.toString());
    }
}
