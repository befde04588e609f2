package org.nixj.image.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import org.nixj.image.tree.Attributes;
import org.nixj.image.tree.ContentReader;
import org.nixj.image.tree.FileContent;
import org.nixj.image.tree.RegularFile;

/** Errors say why: not a bare file name (the JDK's message for an unreadable file), never "null". */
class IoErrorsTest {
    @Test
    void reasonsAreTheCLibrarysWords() {
        assertEquals("Permission denied", IoErrors.reason(new AccessDeniedException("/secret")));
        assertEquals("No such file or directory", IoErrors.reason(new NoSuchFileException("/gone")));
        assertEquals("No space left on device", IoErrors.reason(new FileSystemException("/f", null, "No space left on device")));
        assertEquals("IOException", IoErrors.reason(new IOException()));
        assertEquals("unexpected end of file", IoErrors.reason(new java.io.EOFException()));
    }

    @Test
    void anUnreadableSourceSaysItIsUnreadable() {
        RegularFile file = new RegularFile("secret", Attributes.root(0644), new FileContent.FromStream("/data/secret", 1, () -> {
            throw new AccessDeniedException("/data/secret");
        }));
        ImageException e = assertThrows(ImageException.class, () -> new ContentReader(file, "/secret"));
        assertEquals("cannot read '/data/secret' (for /secret): Permission denied", e.getMessage());
    }
}
