package org.nixj.flake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nixj.flake.LockFile.Follows;
import org.nixj.flake.LockFile.NodeRef;

/**
 * Lock files that Nix 2.8.0 wrote (see {@code lockfiles/make-fixtures.sh}, which makes them): each reads and writes
 * back byte for byte, and reads as what the flakes declared.
 */
class LockFileFixtureTest {
    static final String DIR = "/tmp/nixj-lock-fixtures/src/";

    static String fixture(String name) {
        try (InputStream in = LockFileFixtureTest.class.getResourceAsStream("lockfiles/" + name + ".lock")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty", "paths", "follows", "follows-self", "nonflake", "collide", "git", "tarball",
        "unicode"})
    void nixLockFilesWriteBackByteForByte(String name) {
        String text = fixture(name);
        LockFile l = LockFile.parse(text, name + ".lock");
        assertEquals(text, l.write());
        assertEquals(7, l.sourceVersion());
        assertEquals(7, l.version());
        // Nix's keys are the canonical ones.
        assertEquals(l, l.canonical());
        l.check();
    }

    @Test
    void empty() {
        LockFile l = LockFile.parse(fixture("empty"));
        assertEquals(LockFile.empty(), l);
        assertEquals(Map.of(), l.rootNode().inputs());
        assertEquals(List.of("root"), List.copyOf(l.nodes().keySet()));
    }

    @Test
    void paths() {
        LockFile l = LockFile.parse(fixture("paths"));
        assertEquals("root", l.root());
        assertEquals(List.of("a", "b", "c", "c_2", "d", "root"), List.copyOf(l.nodes().keySet()));
        LockFile.Node a = l.node("a").orElseThrow();
        assertEquals(Map.of("path", DIR + "a", "type", "path"), a.original().orElseThrow());
        assertEquals(4, a.locked().orElseThrow().size());
        assertTrue(a.locked().orElseThrow().get("lastModified") instanceof Long);
        assertTrue(a.flake());
        assertEquals(Map.of("c", new NodeRef("c"), "d", new NodeRef("d")), l.node("b").orElseThrow().inputs());
        assertFalse(l.rootNode().locked().isPresent());
        assertEquals("c_2", l.resolveInput(List.of("b", "d", "c")));
        assertEquals("c", l.resolveInput(List.of("b", "c")));
    }

    @Test
    void follows() {
        LockFile l = LockFile.parse(fixture("follows"));
        // b.inputs.c.follows = "c" (the root's c, node c_2: d's c, met first, took "c").
        assertEquals(new Follows(List.of("c")), l.node("b").orElseThrow().inputs().get("c"));
        assertEquals("c_2", l.resolveInput(List.of("b", "c")));
        assertEquals("c_2", l.resolve(new Follows(List.of("c"))));
        // x.follows = "b/d"
        assertEquals(new Follows(List.of("b", "d")), l.rootNode().inputs().get("x"));
        assertEquals("d", l.resolveInput(List.of("x")));
        assertEquals("c", l.resolveInput(List.of("x", "c")));
        // e declares d.inputs.c.follows = "c": relative to e, so ["e", "c"].
        assertEquals(new Follows(List.of("e", "c")), l.node("d_2").orElseThrow().inputs().get("c"));
        assertEquals("c_3", l.resolveInput(List.of("e", "d", "c")));
        assertEquals(l.resolveInput(List.of("e", "c")), l.resolveInput(List.of("e", "d", "c")));
    }

    @Test
    void followsTheRootFlakeItself() {
        LockFile l = LockFile.parse(fixture("follows-self"));
        assertEquals(new Follows(List.of()), l.node("b").orElseThrow().inputs().get("c"));
        assertEquals("root", l.resolveInput(List.of("b", "c")));
        assertTrue(fixture("follows-self").contains("\"c\": [],\n"));
    }

    @Test
    void nonFlakeInputs() {
        LockFile l = LockFile.parse(fixture("nonflake"));
        assertFalse(l.node("data").orElseThrow().flake());
        assertTrue(l.node("a").orElseThrow().flake());
        LockFile g = LockFile.parse(fixture("git"));
        assertFalse(g.node("raw").orElseThrow().flake());
        assertFalse(LockFile.parse(fixture("tarball")).node("t").orElseThrow().flake());
    }

    @Test
    void collidingKeys() {
        LockFile l = LockFile.parse(fixture("collide"));
        assertEquals(List.of("b", "c", "c_2", "c_3", "d", "root", "root_2"), List.copyOf(l.nodes().keySet()));
        assertEquals(new NodeRef("root_2"), l.rootNode().inputs().get("root"));
        assertEquals(DIR + "c2", l.node("c_3").orElseThrow().original().orElseThrow().get("path"));
    }

    @Test
    void gitAttributes() {
        LockFile l = LockFile.parse(fixture("git"));
        Map<String, Object> pinned = l.node("pinned").orElseThrow().locked().orElseThrow();
        assertEquals(1L, pinned.get("revCount"));
        assertEquals("git", pinned.get("type"));
        assertEquals(List.of("lastModified", "narHash", "rev", "revCount", "type", "url"),
                List.copyOf(pinned.keySet()));
        assertEquals("sub", l.node("sub").orElseThrow().locked().orElseThrow().get("dir"));
        assertEquals("dev", l.node("dev").orElseThrow().original().orElseThrow().get("ref"));
    }

    @Test
    void escapesAndNonAscii() {
        String text = fixture("unicode");
        LockFile l = LockFile.parse(text);
        String path = (String) l.node("w").orElseThrow().original().orElseThrow().get("path");
        assertEquals(DIR + "we\"ird\\dir\ttab\u0001\u001f\u007f-é-日本-🦀", path);
        assertTrue(text.contains("we\\\"ird\\\\dir\\ttab\\u0001\\u001f\u007f-é-日本-🦀"));
    }
}
