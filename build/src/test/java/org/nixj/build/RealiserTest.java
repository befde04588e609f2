package org.nixj.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.build.builder.BuildContext;
import org.nixj.build.builder.BuildFailure;
import org.nixj.build.builder.Builder;
import org.nixj.build.builder.FetchurlBuilder;
import org.nixj.fetch.Downloader;
import org.nixj.store.ATerm;
import org.nixj.store.ContentAddress;
import org.nixj.store.Derivation;
import org.nixj.store.DerivationOutput;
import org.nixj.store.FileIngestionMethod;
import org.nixj.store.LocalStore;
import org.nixj.store.StoreDirectory;
import org.nixj.store.StorePath;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;

class RealiserTest {
    @TempDir
    Path tmp;

    /** Writes its {@code text} attribute as output {@code out}. */
    static final Builder WRITE = new Builder() {
        @Override
        public String name() {
            return "write";
        }

        @Override
        public void build(BuildContext context) throws BuildFailure, IOException {
            Files.writeString(context.output("out"), context.attributes().requireString("text"));
        }
    };

    /** Always fails, after writing half an output. */
    static final Builder FAIL = new Builder() {
        @Override
        public String name() {
            return "fail";
        }

        @Override
        public void build(BuildContext context) throws BuildFailure, IOException {
            Files.writeString(context.output("out"), "half");
            throw new BuildFailure("it went wrong");
        }
    };

    LocalStore store() {
        return new LocalStore(StoreDirectory.DEFAULT, tmp.resolve("store"));
    }

    Realiser realiser(LocalStore store, BuildOptions options, Builder... extra) {
        List<Builder> all = new ArrayList<>(List.of(WRITE, FAIL,
                new FetchurlBuilder(Downloader.standard(), Map.of("test", List.of(tmp.resolve("mirror").toUri().toString())), List.of())));
        all.addAll(List.of(extra));
        return new Realiser(store, Builders.of(all), options, event -> { });
    }

    /** Writes a derivation with one input-addressed output; its output path is made up from its name. */
    static StorePath derivation(LocalStore store, String name, String builder, Map<String, String> env,
                                StorePath... inputs) throws IOException {
        StorePath out = store.directory().makeOutputPath("out", Hash.of(HashAlgorithm.SHA256, name.getBytes()), name);
        TreeMap<StorePath, SortedSet<String>> inputDrvs = new TreeMap<>();
        for (StorePath input : inputs) {
            inputDrvs.put(input, new TreeSet<>(List.of("out")));
        }
        TreeMap<String, String> fullEnv = new TreeMap<>(env);
        fullEnv.put("out", store.directory().print(out));
        Derivation drv = new Derivation(name, new TreeMap<>(Map.of("out", new DerivationOutput.InputAddressed(out))),
                inputDrvs, new TreeSet<>(), "x86_64-linux", builder, List.of(), fullEnv);
        return store.addText(name + ".drv", ATerm.write(store.directory(), drv).getBytes(StandardCharsets.ISO_8859_1),
                drv.references());
    }

    static StorePath fetchurl(LocalStore store, String name, String url, Hash sha256) throws IOException {
        ContentAddress ca = new ContentAddress(FileIngestionMethod.FLAT, sha256);
        StorePath out = store.directory().makeFixedOutputPath(name, ca);
        Derivation drv = new Derivation(name, new TreeMap<>(Map.of("out", new DerivationOutput.Fixed(ca))),
                new TreeMap<>(), new TreeSet<>(), "builtin", "builtin:fetchurl", List.of(),
                new TreeMap<>(Map.of("url", url, "out", store.directory().print(out), "outputHash",
                        sha256.format(org.nixj.store.hash.HashFormat.SRI, true))));
        return store.addText(name + ".drv", ATerm.write(store.directory(), drv).getBytes(StandardCharsets.ISO_8859_1),
                drv.references());
    }

    StorePath outputOf(Realiser realiser, StorePath drv) throws BuildException {
        return realiser.outputPaths(drv).get("out");
    }

    @Test
    void buildsInDependencyOrderAndRecordsTheReferencesFoundInTheOutputs() throws Exception {
        LocalStore store = store();
        Realiser realiser = realiser(store, BuildOptions.defaults());
        StorePath a = derivation(store, "a", "builtin:write", Map.of("text", "I am a"));
        String aOut = store.directory().print(outputOf(realiser, a));
        StorePath b = derivation(store, "b", "builtin:write", Map.of("text", "b uses " + aOut + "/bin/x"), a);

        assertEquals(List.of(a, b), realiser.plan(List.of(BuildGoal.allOutputs(b))).builds());
        Map<BuildGoal, SortedMap<String, StorePath>> result = realiser.realise(List.of(BuildGoal.allOutputs(b)));

        StorePath bOut = result.get(BuildGoal.allOutputs(b)).get("out");
        assertEquals("b uses " + aOut + "/bin/x", Files.readString(store.physical(bOut)));
        assertEquals(java.util.Set.of(outputOf(realiser, a)), store.info(bOut).orElseThrow().references());
        assertEquals(java.util.Set.of(), store.info(outputOf(realiser, a)).orElseThrow().references());
        assertTrue(realiser.plan(List.of(BuildGoal.allOutputs(b))).isEmpty(), "nothing is left to build");
        assertNoTemporaries(store);
    }

    @Test
    void aFailedBuildLeavesNothingValidAndNoTemporaryFiles() throws Exception {
        LocalStore store = store();
        Realiser realiser = realiser(store, new BuildOptions(2, true));
        StorePath bad = derivation(store, "bad", "builtin:fail", Map.of());
        StorePath after = derivation(store, "after", "builtin:write", Map.of("text", "x"), bad);
        StorePath independent = derivation(store, "independent", "builtin:write", Map.of("text", "y"));

        BuildException e = assertThrows(BuildException.class,
                () -> realiser.realise(List.of(BuildGoal.allOutputs(after), BuildGoal.allOutputs(independent))));

        assertEquals(2, e.errors().size(), e.getMessage());
        assertEquals("Cannot build '/nix/store/" + bad + "'.\nReason: builder failed: it went wrong\nOutput paths:\n  /nix/store/"
                + outputOf(realiser, bad), e.errors().get(0));
        assertTrue(e.errors().get(1).startsWith("Cannot build '/nix/store/" + after + "'.\nReason: 1 dependency failed."),
                e.errors().get(1));
        assertFalse(store.isValid(outputOf(realiser, bad)));
        assertFalse(Files.exists(store.physical(outputOf(realiser, bad))));
        assertTrue(store.isValid(outputOf(realiser, independent)), "--keep-going builds what does not depend on the failure");
        assertNoTemporaries(store);
    }

    @Test
    void withoutKeepGoingTheFirstFailureIsReportedAlone() throws Exception {
        LocalStore store = store();
        Realiser realiser = realiser(store, new BuildOptions(1, false));
        StorePath bad = derivation(store, "bad", "builtin:fail", Map.of());
        StorePath after = derivation(store, "after", "builtin:write", Map.of("text", "x"), bad);

        BuildException e = assertThrows(BuildException.class, () -> realiser.realise(List.of(BuildGoal.allOutputs(after))));

        assertEquals(1, e.errors().size(), e.getMessage());
        assertTrue(e.errors().get(0).contains("it went wrong"));
    }

    @Test
    void aBuilderNixjDoesNotHaveIsNamedInTheError() throws Exception {
        LocalStore store = store();
        Realiser realiser = realiser(store, BuildOptions.defaults());
        StorePath drv = derivation(store, "hello", "/nix/store/00000000000000000000000000000000-bash/bin/bash", Map.of());
        StorePath env = derivation(store, "env", "builtin:write", Map.of("text", "x"), drv);
        StorePath top = derivation(store, "top", "builtin:write", Map.of("text", "y"), env);

        BuildException e = assertThrows(BuildException.class, () -> realiser.realise(List.of(BuildGoal.allOutputs(top))));

        assertTrue(e.getMessage().contains("its builder '/nix/store/00000000000000000000000000000000-bash/bin/bash' is not one nixj can run"),
                e.getMessage());
        assertTrue(e.getMessage().contains("builtin:fetchurl"), e.getMessage());
        // The way from the refused derivation up to what was asked for.
        assertTrue(e.getMessage().contains("\nNeeded by '" + store.directory().print(env) + "'\nNeeded by '"
                + store.directory().print(top) + "'\n"), e.getMessage());
    }

    @Test
    void fetchurlChecksTheHashAndTriesEachMirror() throws Exception {
        LocalStore store = store();
        Files.createDirectories(tmp.resolve("mirror/pool"));
        Files.writeString(tmp.resolve("mirror/pool/file.txt"), "contents\n");
        Hash good = Hash.of(HashAlgorithm.SHA256, "contents\n".getBytes());
        Realiser realiser = realiser(store, BuildOptions.defaults());

        StorePath ok = fetchurl(store, "file.txt", "mirror://test/pool/file.txt", good);
        StorePath out = realiser.realise(List.of(BuildGoal.allOutputs(ok))).values().iterator().next().get("out");
        assertEquals("contents\n", Files.readString(store.physical(out)));

        Hash wrong = Hash.of(HashAlgorithm.SHA256, "other".getBytes());
        StorePath bad = fetchurl(store, "other.txt", tmp.resolve("mirror/pool/file.txt").toUri().toString(), wrong);
        BuildException e = assertThrows(BuildException.class, () -> realiser.realise(List.of(BuildGoal.allOutputs(bad))));
        assertTrue(e.getMessage().contains("hash mismatch"), e.getMessage());
        assertTrue(e.getMessage().contains("got:       " + good.format(org.nixj.store.hash.HashFormat.SRI, true)), e.getMessage());
        assertFalse(store.isValid(outputOf(realiser, bad)));
        assertNoTemporaries(store);
    }

    @Test
    void independentBuildsRunAtTheSameTime() throws Exception {
        LocalStore store = store();
        CountDownLatch bothRunning = new CountDownLatch(2);
        Builder meet = new Builder() {
            @Override
            public String name() {
                return "meet";
            }

            @Override
            public void build(BuildContext context) throws BuildFailure, IOException {
                bothRunning.countDown();
                try {
                    if (!bothRunning.await(60, TimeUnit.SECONDS)) {
                        throw new BuildFailure("the other build never ran alongside this one");
                    }
                } catch (InterruptedException e) {
                    throw new BuildFailure("interrupted");
                }
                Files.writeString(context.output("out"), context.derivation().name());
            }
        };
        Realiser realiser = realiser(store, new BuildOptions(2, false), meet);
        StorePath one = derivation(store, "one", "builtin:meet", Map.of());
        StorePath two = derivation(store, "two", "builtin:meet", Map.of());

        realiser.realise(List.of(BuildGoal.allOutputs(one), BuildGoal.allOutputs(two)));

        assertTrue(store.isValid(outputOf(realiser, one)) && store.isValid(outputOf(realiser, two)));
    }

    @Test
    void twoRealisersBuildingTheSameDerivationBothSucceed() throws Exception {
        LocalStore store = store();
        CountDownLatch both = new CountDownLatch(2);
        Builder slow = new Builder() {
            @Override
            public String name() {
                return "together";
            }

            @Override
            public void build(BuildContext context) throws BuildFailure, IOException {
                both.countDown();
                try {
                    both.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new BuildFailure("interrupted");
                }
                Files.writeString(context.output("out"), "same");
            }
        };
        StorePath drv = derivation(store, "shared", "builtin:together", Map.of());
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            // Each realiser has its own store object, as two processes would.
            Realiser realiser = realiser(new LocalStore(StoreDirectory.DEFAULT, tmp.resolve("store")), BuildOptions.defaults(), slow);
            Thread thread = new Thread(() -> {
                try {
                    realiser.realise(List.of(BuildGoal.allOutputs(drv)));
                } catch (Throwable t) {
                    failures.add(t);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertEquals(List.of(), failures);
        assertEquals("same", Files.readString(store.physical(realiser(store, BuildOptions.defaults()).outputPaths(drv).get("out"))));
        assertNoTemporaries(store);
    }

    static void assertNoTemporaries(LocalStore store) throws IOException {
        Path tmp = store.stateDirectory().resolve("tmp");
        if (Files.exists(tmp)) {
            try (Stream<Path> left = Files.list(tmp)) {
                assertEquals(List.of(), left.toList());
            }
        }
    }
}
