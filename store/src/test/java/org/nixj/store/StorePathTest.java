package org.nixj.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;

/** Store path names and fingerprints; expected paths are what Nix 2.8 computes for the same inputs. */
class StorePathTest {
    private final StoreDirectory store = StoreDirectory.DEFAULT;

    private static Hash sha256(String s) {
        return Hash.of(HashAlgorithm.SHA256, s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textPathOfToFile() {
        // builtins.toFile "x" "y"
        assertEquals("/nix/store/lfngsssysp6h1v4ccqg23c52s9sjl779-x", store.print(store.makeTextPath("x", sha256("y"), List.of())));
    }

    @Test
    void theStoreDirectoryIsPartOfTheFingerprint() {
        StoreDirectory other = new StoreDirectory("/gnu/store");
        StorePath a = store.makeTextPath("x", sha256("y"), List.of());
        StorePath b = other.makeTextPath("x", sha256("y"), List.of());
        assertFalse(a.hashPart().equals(b.hashPart()));
        assertTrue(other.print(b).startsWith("/gnu/store/"));
    }

    @Test
    void sourcePathOfARecursiveSha256() {
        // A NAR-hashed sha256 source is named "source:sha256:...", any other fixed output goes through "fixed:out:".
        Hash h = sha256("nar");
        StorePath source = store.makeFixedOutputPath("s", new ContentAddress(FileIngestionMethod.NIX_ARCHIVE, h));
        assertEquals(store.makeStorePath("source", h, "s"), source);
        StorePath flat = store.makeFixedOutputPath("s", new ContentAddress(FileIngestionMethod.FLAT, h));
        assertFalse(flat.equals(source));
    }

    @Test
    void outputPathNames() {
        assertEquals("hello", StoreDirectory.outputPathName("hello", "out"));
        assertEquals("hello-dev", StoreDirectory.outputPathName("hello", "dev"));
    }

    @Test
    void parsesAndPrintsStorePaths() {
        String full = "/nix/store/7g5giqf764p3y3zv7a8rqsy9sqqq5kw4-a.drv";
        StorePath p = store.parse(full);
        assertEquals("a.drv", p.name());
        assertTrue(p.isDerivation());
        assertEquals(full, store.print(p));
        assertEquals(p, store.storePathOf(full + "/sub/dir"));
    }

    @Test
    void rejectsPathsOutsideTheStore() {
        BadStorePathException e = assertThrows(BadStorePathException.class, () -> store.parse("/tmp/x"));
        assertEquals("path '/tmp/x' is not in the Nix store", e.getMessage());
        assertFalse(store.isStorePath("/nix/store/short"));
        assertFalse(store.isStorePath("/nix/store/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee-x"));
    }

    @Test
    void nameMessagesAreNixs() {
        assertEquals("name must not be empty", message(""));
        assertEquals("name 'a b' contains illegal character ' '", message("a b"));
        assertEquals("name '.' is not valid", message("."));
        assertEquals("name '..-x' is not valid: first dash-separated component must not be '..'", message("..-x"));
        assertEquals("name '" + "x".repeat(212) + "' must be no longer than 211 characters", message("x".repeat(212)));
        StorePath.checkName(".hidden");
        StorePath.checkName("x".repeat(211));
        StorePath.checkName("a+b-c.d_e?f=g");
    }

    private static String message(String name) {
        return assertThrows(BadStorePathException.class, () -> StorePath.checkName(name)).getMessage();
    }
}
