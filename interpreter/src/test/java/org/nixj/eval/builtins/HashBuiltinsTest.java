package org.nixj.eval.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nixj.testsupport.NixOracle;

/**
 * {@code convertHash} (newer than the Nix 2.8 oracle, so checked against current Nix's documented answers
 * and source), {@code hashString} and {@code hashFile}, evaluated in-process.
 */
class HashBuiltinsTest {
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        // The examples of Nix's documentation.
        "{ hash = \"" + EMPTY_SHA256 + "\"; toHashFormat = \"sri\"; hashAlgo = \"sha256\"; }"
                + " => \"sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\"",
        "{ hash = \"sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\"; toHashFormat = \"base16\"; }"
                + " => \"" + EMPTY_SHA256 + "\"",
        "{ hash = \"sha256:" + EMPTY_SHA256 + "\"; toHashFormat = \"sri\"; }"
                + " => \"sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\"",
        "{ hash = \"sha256:" + EMPTY_SHA256 + "\"; toHashFormat = \"nix32\"; }"
                + " => \"0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73\"",
        "{ hash = \"sha256:" + EMPTY_SHA256 + "\"; toHashFormat = \"base32\"; }"
                + " => \"0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73\"",
        "{ hash = \"0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73\"; hashAlgo = \"sha256\"; toHashFormat = \"base64\"; }"
                + " => \"47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\"",
        "{ hash = \"md5-kAFQmDzST7DWlj99KOF/cg==\"; toHashFormat = \"nix32\"; } => \"3jgzhjhz9zjvbb0kyj7jc500ch\"",
        // Errors, in the order Nix checks: hash, hashAlgo, toHashFormat, then the hash itself.
        "{ toHashFormat = \"sri\"; } => error: attribute 'hash' missing",
        "{ hash = \"x\"; hashAlgo = \"foo\"; } => error: unknown hash algorithm 'foo', expect 'blake3', 'md5', 'sha1', 'sha256', or 'sha512'",
        "{ hash = \"x\"; } => error: attribute 'toHashFormat' missing",
        "{ hash = \"x\"; toHashFormat = \"hex\"; } => error: unknown hash format 'hex', expect 'base16', 'base32', 'base64', or 'sri'",
        "{ hash = \"x\"; toHashFormat = \"sri\"; } => error: hash 'x' does not include a type, nor is the type otherwise known from context",
        "{ hash = \"sha1:" + EMPTY_SHA256 + "\"; toHashFormat = \"sri\"; } => error: hash '" + EMPTY_SHA256
                + "' has wrong length for hash algorithm 'sha1'",
        "{ hash = \"sha1:x\"; hashAlgo = \"sha256\"; toHashFormat = \"sri\"; } => error: hash 'sha1:x' should have type 'sha256'",
        "{ hash = 1; toHashFormat = \"sri\"; } => error: expected a string but found an integer: 1",
    })
    void convertHash(String argument, String expected) {
        assertEquals(expected, NixInstantiate.nixj("builtins.convertHash " + argument));
    }

    @Test
    void theBase32AliasWarns() {
        org.nixj.eval.IsolatedIO io = org.nixj.eval.TestIO.isolated();
        org.nixj.eval.Evaluator evaluator = org.nixj.eval.Evaluator.builder().io(io).build();
        evaluator.evaluate(org.nixj.source.Source.ofExpression(
                "builtins.convertHash { hash = \"sha256:" + EMPTY_SHA256 + "\"; toHashFormat = \"base32\"; }", "/tmp"));
        assertEquals(java.util.List.of("warning: \"base32\" is a deprecated alias for hash format \"nix32\"."), io.diagnostics());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "builtins.hashString \"sha256\" \"\" => \"" + EMPTY_SHA256 + "\"",
        "builtins.hashString \"foo\" \"\" => error: unknown hash algorithm 'foo', expect 'blake3', 'md5', 'sha1', 'sha256', or 'sha512'",
        "builtins.hashString \"blake3\" \"\" => error: experimental Nix feature 'blake3-hashes' is disabled; add"
                + " '--extra-experimental-features blake3-hashes' to enable it",
        "builtins.hashString \"foo\" (throw \"not forced\") => error: unknown hash algorithm 'foo', expect 'blake3', 'md5', 'sha1', 'sha256', or 'sha512'",
    })
    void hashString(String expression, String expected) {
        assertEquals(expected, NixInstantiate.nixj(expression));
    }

    @Test
    void hashFileHashesTheBytes() throws IOException {
        Path file = Files.createTempFile("nixj-hash", ".bin");
        try {
            Files.write(file, new byte[] {'a', 'b', 'c', (byte) 0xff, 0});
            String expected = org.nixj.store.hash.Hash.of(org.nixj.store.hash.HashAlgorithm.SHA1,
                    new byte[] {'a', 'b', 'c', (byte) 0xff, 0}).format(org.nixj.store.hash.HashFormat.BASE16, false);
            assertEquals("\"" + expected + "\"", NixInstantiate.nixj("builtins.hashFile \"sha1\" " + file));
            if (NixOracle.installed()) {
                assertEquals(NixInstantiate.nix("builtins.hashFile \"sha1\" " + file),
                        NixInstantiate.nixj("builtins.hashFile \"sha1\" " + file));
            }
        } finally {
            Files.delete(file);
        }
    }

    /**
     * A file of 2 GiB, one byte more than a Java array (and so a nixj string) can hold: {@code hashFile} streams
     * it (the file is sparse, so it costs no disk; hashing it takes a few seconds), and {@code readFile} says it
     * cannot hold it instead of dying with the JVM's {@code OutOfMemoryError}.
     */
    @Test
    void filesBeyondTheStringLimitAreHashedAndCleanlyRefused() throws IOException {
        Path file = Files.createTempFile("nixj-hash", ".sparse");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(1L << 31);
        }
        try {
            // sha256 of 2^31 zero bytes, from `head -c 2147483648 /dev/zero | sha256sum`.
            assertEquals("\"a7c744c13cc101ed66c29f672f92455547889cc586ce6d44fe76ae824958ea51\"",
                    NixInstantiate.nixj("builtins.hashFile \"sha256\" " + file));
            assertEquals("error: cannot read file '" + file + "': it has more than 2147483639 bytes, the most a nixj"
                    + " string can hold", NixInstantiate.nixj("builtins.readFile " + file));
            assertEquals("error: cannot read file '" + file + "': it has more than 2147483639 bytes, the most a nixj"
                    + " string can hold", NixInstantiate.nixj("import " + file));
        } finally {
            Files.delete(file);
        }
    }
}
