package org.nixj.image.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.image.io.ImageException;

class EntryListTest {
    @TempDir
    Path tmp;

    @Test
    void everyKindOfLineBecomesItsNodeAndKeepsItsOwners() throws Exception {
        Path shadow = Files.writeString(tmp.resolve("shadow"), "root:*:1::::::\n");
        EntryList list = EntryList.parse("""
                # an initrd's /dev
                dir /dev 0755 0 0
                nod /dev/console 0600 0 5 c 5 1   # tty group
                nod /dev/loop0 0660 0 6 b 7 0
                pipe /run/initctl 0600 0 0
                sock /run/sock 0777 0 0
                slink /bin/sh busybox 0777 0 0
                file /etc/shadow %s 0640 0 42
                """.formatted(shadow), "list");
        TreeBuilder b = new TreeBuilder().add("/dev/null", new DeviceNode("null", new Attributes(0666, 7, 7, 0), DeviceNode.Kind.CHARACTER, 1, 3));
        list.addTo(b);
        Directory root = Reproducible.normalise(b.build(), 99, Ownership.ALL_ROOT.and(list.ownership()));
        Directory dev = (Directory) root.child("dev");
        assertEquals(List.of("console", "loop0", "null"), dev.children().stream().map(FsNode::name).toList());
        DeviceNode console = (DeviceNode) dev.child("console");
        assertEquals(new DeviceNode("console", new Attributes(0600, 0, 5, 99), DeviceNode.Kind.CHARACTER, 5, 1), console);
        assertEquals(DeviceNode.Kind.BLOCK, ((DeviceNode) dev.child("loop0")).kind());
        // Not from the list: made root's.
        assertEquals(new Attributes(0666, 0, 0, 99), dev.child("null").attributes());
        Directory run = (Directory) root.child("run");
        assertEquals(DeviceNode.Kind.FIFO, ((DeviceNode) run.child("initctl")).kind());
        assertEquals(DeviceNode.Kind.SOCKET, ((DeviceNode) run.child("sock")).kind());
        assertEquals("busybox", ((Symlink) ((Directory) root.child("bin")).child("sh")).target());
        RegularFile f = (RegularFile) ((Directory) root.child("etc")).child("shadow");
        assertEquals(new Attributes(0640, 0, 42, 99), f.attributes());
        assertEquals(Files.size(shadow), f.size());
    }

    @Test
    void mistakesAreReportedWithLineAndColumn() {
        assertError("nod /dev/console 0600 0 0 x 5 1", "list:1:27: device type must be 'b' or 'c'");
        assertError("\n\ndir /dev 0855 0 0", "list:3:10: the mode must be octal");
        assertError("pipe /p 0600 0", "list:1:14: expected 'pipe NAME MODE UID GID' (5 words), found 4");
        assertError("dir dev 0755 0 0", "list:1:5: the name must be an absolute path");
        assertError("  fifo /p 0600 0 0", "list:1:3: unknown entry type 'fifo'");
        assertError("nod /d 0600 0 0 c -1 1", "list:1:19: expected a number from 0 to 4095");
        assertError("file /f /does/not/exist 0644 0 0", "list:1:9: '/does/not/exist' is not a regular file");
        assertError("file /f /etc/hostname 0644 0 0 2", "list:1:32: hard links are not supported");
    }

    @Test
    void aPathGivenTwiceIsAnErrorNamingTheLine() throws Exception {
        EntryList list = EntryList.parse("pipe /p 0600 0 0\npipe /p 0600 0 0\n", "l");
        ImageException e = assertThrows(ImageException.class, () -> list.addTo(new TreeBuilder()));
        assertTrue(e.getMessage().startsWith("l:2: two sources for '/p'"), e.getMessage());
    }

    @Test
    void ownershipKeepsSubtreesAndSingleEntries() {
        Ownership o = Ownership.keepUnder(List.of("nix/store/abc-shadow/")).and(Ownership.keepEntries(List.of("/etc")));
        assertTrue(o.keeps("/nix/store/abc-shadow"));
        assertTrue(o.keeps("/nix/store/abc-shadow/bin/chage"));
        assertTrue(!o.keeps("/nix/store/abc-shadowx"));
        assertTrue(!o.keeps("/nix/store"));
        assertTrue(o.keeps("/etc"));
        assertTrue(!o.keeps("/etc/shadow"));
        assertTrue(Ownership.KEEP_ALL.keeps(""));
        assertTrue(!Ownership.ALL_ROOT.keeps("/x"));
    }

    private static void assertError(String text, String expected) {
        ImageException e = assertThrows(ImageException.class, () -> EntryList.parse(text, "list"));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }
}
