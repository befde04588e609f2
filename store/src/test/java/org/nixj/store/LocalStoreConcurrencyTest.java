package org.nixj.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.store.hash.HashAlgorithm;

/**
 * Several writers adding the same paths at once, as threads and as separate processes, must leave a
 * consistent store: every path valid, its registry entry matching its contents, no temporary left over.
 */
class LocalStoreConcurrencyTest {
    private static final int PATHS = 20;

    @TempDir
    Path dir;

    /** Adds the same {@value #PATHS} text paths and one tree to the store at {@code args[0]}. */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        addAll(new LocalStore(StoreDirectory.DEFAULT, root), Path.of(args[1]));
    }

    private static List<StorePath> addAll(LocalStore store, Path tree) throws IOException {
        List<StorePath> added = new ArrayList<>();
        for (int i = 0; i < PATHS; i++) {
            added.add(store.addText("text-" + i, ("contents " + i).getBytes(StandardCharsets.UTF_8), List.of()));
        }
        Store.Added computed = store.computePath("tree", tree, PathFilter.ALL, FileIngestionMethod.NIX_ARCHIVE, HashAlgorithm.SHA256);
        added.add(store.add(tree, computed));
        return added;
    }

    private Path sampleTree() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("src/tree"));
        Files.writeString(tree.resolve("a"), "a");
        Files.createDirectories(tree.resolve("d/e"));
        Files.writeString(tree.resolve("d/e/f"), "f");
        Files.createSymbolicLink(tree.resolve("l"), Path.of("a"));
        return tree;
    }

    @Test
    void threadsAddingTheSamePaths() throws Exception {
        Path tree = sampleTree();
        Path root = dir.resolve("store");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<StorePath>>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<List<StorePath>> task = () -> addAll(new LocalStore(StoreDirectory.DEFAULT, root), tree);
                results.add(pool.submit(task));
            }
            List<StorePath> first = results.get(0).get();
            for (Future<List<StorePath>> r : results) {
                assertEquals(first, r.get());
            }
            assertConsistent(new LocalStore(StoreDirectory.DEFAULT, root), first);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void processesAddingTheSamePaths() throws Exception {
        Path tree = sampleTree();
        Path root = dir.resolve("store");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    LocalStoreConcurrencyTest.class.getName(), root.toString(), tree.toString()).inheritIO().start());
        }
        for (Process p : processes) {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue());
        }
        LocalStore store = new LocalStore(StoreDirectory.DEFAULT, root);
        assertConsistent(store, addAll(store, tree));
    }

    private static void assertConsistent(LocalStore store, List<StorePath> paths) throws IOException {
        for (StorePath path : paths) {
            PathInfo info = store.info(path).orElseThrow(() -> new AssertionError(path + " is not valid"));
            assertEquals(Nar.hash(store.physical(path), HashAlgorithm.SHA256).hash(), info.narHash(), path.toString());
        }
        try (Stream<Path> tmp = Files.list(store.root().resolve(".nixj/tmp"))) {
            assertEquals(List.of(), tmp.toList(), "temporaries left over");
        }
        try (Stream<Path> objects = Files.list(store.root())) {
            assertEquals(paths.size(), objects.filter(p -> !p.getFileName().toString().startsWith(".")).count());
        }
    }
}
