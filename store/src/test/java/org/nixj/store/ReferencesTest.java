package org.nixj.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferencesTest {
    @TempDir
    Path tmp;

    static final StorePath A = StorePath.parseBaseName("0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a-a");
    static final StorePath B = StorePath.parseBaseName("1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b-b");
    static final StorePath C = StorePath.parseBaseName("2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c-c");

    @Test
    void findsHashesInContentsSymlinksAndAcrossReadBoundaries() throws Exception {
        Files.createDirectories(tmp.resolve("t/bin"));
        // A hash that straddles the 64 KiB read buffer, in a long run of base-32 characters.
        String padding = "z".repeat((1 << 16) - 10);
        Files.writeString(tmp.resolve("t/big"), padding + "/nix/store/" + A.hashPart() + "-a/lib");
        Files.createSymbolicLink(tmp.resolve("t/bin/link"), Path.of("/nix/store/" + B + "/bin/b"));
        Files.writeString(tmp.resolve("t/bin/other"), "nothing of " + C.hashPart().substring(1));

        assertEquals(Set.of(A, B), References.scan(tmp.resolve("t"), List.of(A, B, C)));
    }

    @Test
    void aSingleFileIsScannedToo() throws Exception {
        Files.writeString(tmp.resolve("f"), C.hashPart());
        assertEquals(Set.of(C), References.scan(tmp.resolve("f"), List.of(A, C)));
        assertEquals(Set.of(), References.scan(tmp.resolve("f"), List.of()));
    }
}
