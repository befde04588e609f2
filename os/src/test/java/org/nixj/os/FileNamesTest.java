package org.nixj.os;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File names that are not UTF-8 (or not in the locale's charset) keep their bytes both ways. */
class FileNamesTest {
    private static final byte[] BAD = {'b', 'a', 'd', (byte) 0xff, 'n', 'a', 'm', 'e'};

    @TempDir
    Path dir;

    @Test
    void aNameThatIsNotUtf8IsCreatedListedAndOpenedByItsBytes() throws IOException {
        Path file = dir.resolve(FileNames.of(BAD));
        Files.writeString(file, "content");
        List<Path> listed;
        try (Stream<Path> entries = Files.list(dir)) {
            listed = entries.toList();
        }
        assertEquals(1, listed.size());
        assertArrayEquals(BAD, FileNames.bytes(listed.get(0).getFileName()));
        assertEquals("bad\uDCFFname", FileNames.name(listed.get(0)));
        assertEquals("content", Files.readString(FileNames.of(FileNames.text(listed.get(0)))));
    }

    @Test
    void absoluteAndRelativePathsKeepTheirBytes() throws IOException {
        Path sub = Files.createDirectory(dir.resolve(FileNames.of(BAD)));
        byte[] absolute = FileNames.bytes(sub);
        assertEquals('/', absolute[0]);
        byte[] tail = new byte[BAD.length];
        System.arraycopy(absolute, absolute.length - BAD.length, tail, 0, BAD.length);
        assertArrayEquals(BAD, tail, "a directory's URI ends with a slash, its bytes do not");
        assertTrue(Files.isDirectory(FileNames.of(absolute)));
        byte[] relative = "a/\u00e9/".getBytes(StandardCharsets.UTF_8);
        Path path = FileNames.of(concat(relative, BAD));
        assertTrue(!path.isAbsolute());
        assertArrayEquals(concat(relative, BAD), FileNames.bytes(path));
        assertEquals("", FileNames.text(FileNames.of(new byte[0])));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
