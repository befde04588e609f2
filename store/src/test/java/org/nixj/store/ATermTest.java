package org.nixj.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;

/** The ATerm writer against a .drv file Nix 2.8 wrote, and the parser against the writer. */
class ATermTest {
    private final StoreDirectory store = StoreDirectory.DEFAULT;

    /** What {@code nix-instantiate} writes for {@code derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; }}. */
    private static final String SIMPLE = "Derive([(\"out\",\"/nix/store/f37kxm5wf98b2s839zaiybv38zil0s40-a\",\"\",\"\")],[],[],"
            + "\"x86_64-linux\",\"/bin/sh\",[],[(\"builder\",\"/bin/sh\"),(\"name\",\"a\"),"
            + "(\"out\",\"/nix/store/f37kxm5wf98b2s839zaiybv38zil0s40-a\"),(\"system\",\"x86_64-linux\")])";

    private Derivation simple() {
        StorePath out = store.parse("/nix/store/f37kxm5wf98b2s839zaiybv38zil0s40-a");
        return new Derivation("a", new TreeMap<>(Map.of("out", new DerivationOutput.InputAddressed(out))), new TreeMap<>(),
                new TreeSet<>(), "x86_64-linux", "/bin/sh", List.of(),
                new TreeMap<>(Map.of("builder", "/bin/sh", "name", "a", "out", store.print(out), "system", "x86_64-linux")));
    }

    @Test
    void writesWhatNixWrites() {
        assertEquals(SIMPLE, ATerm.write(store, simple()));
    }

    @Test
    void theHashModuloGivesNixsOutputPath() {
        Derivation masked = new Derivation("a", new TreeMap<>(Map.of("out", new DerivationOutput.Deferred())), new TreeMap<>(),
                new TreeSet<>(), "x86_64-linux", "/bin/sh", List.of(),
                new TreeMap<>(Map.of("builder", "/bin/sh", "name", "a", "out", "", "system", "x86_64-linux")));
        DerivationHashes hashes = new DerivationHashes(store, p -> {
            throw new AssertionError("no inputs to read");
        });
        assertEquals("f37kxm5wf98b2s839zaiybv38zil0s40-a",
                store.makeOutputPath("out", hashes.hashModulo(masked, true), "a").toString());
    }

    @Test
    void parsesWhatItWrites() {
        assertEquals(simple(), ATermParser.parse(store, "a", SIMPLE));
        StorePath dep = store.parse("/nix/store/548a6rq39jc405w6j0l7m162vw46fsk3-dep.drv");
        StorePath src = store.parse("/nix/store/g76zcpqc540lrc8i6g7xy6ip0npn2hnp-a");
        Hash h = Hash.of(HashAlgorithm.SHA1, new byte[] {1, 2, 3});
        Derivation fixed = new Derivation("f", new TreeMap<>(Map.of("out", new DerivationOutput.Fixed(
                new ContentAddress(FileIngestionMethod.NIX_ARCHIVE, h)))),
                new TreeMap<>(Map.of(dep, new TreeSet<>(Set.of("out", "dev")))), new TreeSet<>(Set.of(src)),
                "x86_64-linux", "/bin/sh", List.of("-c", "echo \"hi\"\n\t\\"),
                new TreeMap<>(Map.of("quote", "a\"b\\c\r\n")));
        String text = ATerm.write(store, fixed);
        assertEquals(fixed, ATermParser.parse(store, "f", text));
        assertEquals(text, ATerm.write(store, ATermParser.parse(store, "f", text)));
    }

    @Test
    void rejectsOtherText() {
        assertThrows(ATermParser.BadDerivationException.class, () -> ATermParser.parse(store, "a", "Derive(["));
        assertThrows(ATermParser.BadDerivationException.class, () -> ATermParser.parse(store, "a", SIMPLE + "x"));
    }
}
