package org.nixj.image.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.image.io.AtomicOutput;
import org.nixj.image.io.ImageException;

class TreeBuilderTest {
    @TempDir
    Path tmp;

    @Test
    void contentsEntriesMergeDirectoriesAndCreateParents() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a/x"));
        Files.writeString(a.resolve("f"), "f");
        Files.writeString(tmp.resolve("g"), "g");
        Files.createSymbolicLink(tmp.resolve("a/link"), Path.of("x/f"));
        Directory root = new TreeBuilder().addContents("/top", tmp.resolve("a"))
                .addContentsSpec("/top/x/g=" + tmp.resolve("g"))
                .addContentsSpec("/deep/er/g=" + tmp.resolve("g")).build();
        Directory top = (Directory) root.child("top");
        assertEquals(List.of("link", "x"), top.children().stream().map(FsNode::name).toList());
        assertEquals("x/f", ((Symlink) top.child("link")).target());
        assertEquals(List.of("f", "g"), ((Directory) top.child("x")).children().stream().map(FsNode::name).toList());
        Directory deep = (Directory) root.child("deep");
        assertEquals(0755, deep.attributes().permissions());
        assertInstanceOf(RegularFile.class, ((Directory) deep.child("er")).child("g"));
    }

    @Test
    void twoSourcesForOnePathIsAnErrorNamingBoth() throws Exception {
        Files.writeString(tmp.resolve("one"), "1");
        Files.writeString(tmp.resolve("two"), "2");
        ImageException e = assertThrows(ImageException.class, () -> new TreeBuilder()
                .addContentsSpec("/etc/x=" + tmp.resolve("one")).addContentsSpec("/etc/x=" + tmp.resolve("two")));
        assertTrue(e.getMessage().contains("one") && e.getMessage().contains("two") && e.getMessage().contains("/etc/x"), e.getMessage());
    }

    @Test
    void aFileInTheWayOfADirectoryIsAnErrorNamingBoth() throws Exception {
        Files.writeString(tmp.resolve("one"), "1");
        Files.writeString(tmp.resolve("two"), "2");
        ImageException e = assertThrows(ImageException.class, () -> new TreeBuilder()
                .addContentsSpec("/a/b=" + tmp.resolve("one")).addContentsSpec("/a/b/c=" + tmp.resolve("two")));
        assertEquals("two sources for 'a/b': '" + tmp.resolve("one") + "' and the directories leading to '/a/b/c'",
                e.getMessage());
    }

    @Test
    void malformedSpecsAndDotPathsAreRejected() {
        assertThrows(ImageException.class, () -> new TreeBuilder().addContentsSpec("no-equals-sign"));
        assertThrows(ImageException.class, () -> new TreeBuilder().addContentsSpec("/a/../b=" + tmp));
    }

    @Test
    void childrenAreSortedByUtf8Bytes() {
        FileContent c = new FileContent.FromBytes("x", new byte[0]);
        Directory d = new Directory("", Attributes.root(0755), List.of(new RegularFile("é", Attributes.root(0644), c),
                new RegularFile("Z", Attributes.root(0644), c), new RegularFile("a", Attributes.root(0644), c)));
        assertEquals(List.of("Z", "a", "é"), d.children().stream().map(FsNode::name).toList());
    }

    @Test
    void normalisingSetsEveryTimeAndOwner() throws Exception {
        Files.createDirectories(tmp.resolve("d/e"));
        Files.writeString(tmp.resolve("d/e/f"), "x");
        Directory n = Reproducible.normalise(new TreeBuilder().addDirectoryContents(tmp.resolve("d")).build(), 42, true);
        FsNode f = ((Directory) ((Directory) n).child("e")).child("f");
        assertEquals(42, f.attributes().mtime());
        assertEquals(42, n.attributes().mtime());
        assertEquals(0, f.attributes().uid());
    }

    @Test
    void sourceDateEpochComesFromTheEnvironmentOrTheDefault() throws Exception {
        assertEquals(Reproducible.DEFAULT_EPOCH, Reproducible.epochFrom(Map.of()));
        assertEquals(1234, Reproducible.epochFrom(Map.of("SOURCE_DATE_EPOCH", "1234")));
        assertThrows(ImageException.class, () -> Reproducible.epochFrom(Map.of("SOURCE_DATE_EPOCH", "soon")));
    }

    @Test
    void atomicOutputLeavesNothingUnlessCommitted() throws Exception {
        Path target = tmp.resolve("out.img");
        try (AtomicOutput o = AtomicOutput.create(target)) {
            o.output().write(new byte[] {1, 2, 3});
        }
        assertFalse(Files.exists(target));
        try (var s = Files.list(tmp)) {
            assertEquals(0, s.count());
        }
        try (AtomicOutput o = AtomicOutput.create(target)) {
            o.output().write(new byte[] {1, 2, 3});
            o.commit();
        }
        assertEquals(3, Files.size(target));
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }
}
