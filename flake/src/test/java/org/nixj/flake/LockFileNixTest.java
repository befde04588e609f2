package org.nixj.flake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nixj.flake.LockFile.Edge;
import org.nixj.flake.LockFile.Follows;
import org.nixj.flake.LockFile.Node;
import org.nixj.flake.LockFile.NodeRef;

/**
 * Lock files that nixj writes, given to the real Nix (2.8.0 here): random graphs of path flakes (inputs of inputs,
 * {@code flake = false}, {@code follows} declared by the root and by inputs, at the top and to the root flake)
 * whose lock nixj makes from the flake.nix files, with node keys of its own choosing. Nix must take the lock file
 * as it is ({@code --no-update-lock-file}), read the same graph from it, and, locking the same flake afresh, write
 * exactly the bytes of nixj's {@link LockFile#canonical()} form. Skipped, with a message, without {@code nix}.
 */
class LockFileNixTest {
    static final int CASES = 20;

    @TempDir
    static Path base;
    static Nix nix;

    static Optional<String> version;

    @BeforeAll
    static void findNix() throws IOException {
        version = Nix.version();
        if (version.isPresent()) {
            System.out.println("LockFileNixTest runs " + version.get());
            nix = new Nix(base.resolve("nix"));
        }
    }

    /** Each test, not the class, assumes Nix: Surefire reports an aborted class as 0 tests, each test as skipped. */
    @BeforeEach
    void needNix() {
        Assumptions.assumeTrue(version.isPresent(),
                "`" + Nix.EXECUTABLE + "` is not installed (or does not run): skipping the tests that give lock files"
                        + " written by nixj to Nix");
    }

    static IntStream seeds() {
        return IntStream.rangeClosed(1, CASES);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void nixTakesLockFilesNixjWrites(int seed) throws Exception {
        new Case(seed).run();
    }

    /** The check is not vacuous: Nix does refuse a lock file that does not match the flake. */
    @Test
    void nixRefusesALockFileThatDoesNotMatch() throws Exception {
        Case c = new Case(1001);
        c.makeFlakes();
        LockFile lock = c.lock();
        Map<String, Node> nodes = new HashMap<>(lock.nodes());
        String key = ((NodeRef) lock.rootNode().inputs().values().stream().filter(e -> e instanceof NodeRef)
                .findFirst().orElseThrow()).key();
        Node n = nodes.get(key);
        Map<String, Object> original = new HashMap<>(n.original().orElseThrow());
        original.put("path", original.get("path") + "-elsewhere");
        nodes.put(key, new Node(n.inputs(), n.locked(), Optional.of(new TreeMap<>(original)), n.flake(),
                n.parent()));
        LockFile wrong = new LockFile(lock.root(), nodes);
        Files.writeString(c.dir.resolve("root/flake.lock"), wrong.write());
        Nix.Result r = nix.run(c.dir.resolve("root"), "flake", "metadata", "--json", "--no-update-lock-file",
                "path:" + c.dir.resolve("root"));
        assertNotEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("requires lock file changes but they're not allowed"), r.toString());
    }

    /** Nix reads a version 5 lock file (locked attributes partly in 'info') as nixj does. */
    @Test
    void nixReadsVersion5AsNixjDoes() throws Exception {
        Case c = new Case(2002);
        c.makeFlakes();
        LockFile lock = c.lock();
        JsonObject json = JsonParser.parseString(lock.write()).getAsJsonObject();
        json.addProperty("version", 5);
        for (Map.Entry<String, JsonElement> e : json.getAsJsonObject("nodes").entrySet()) {
            JsonObject node = e.getValue().getAsJsonObject();
            if (node.has("locked")) {
                JsonObject info = new JsonObject();
                info.add("narHash", node.getAsJsonObject("locked").remove("narHash"));
                info.add("lastModified", node.getAsJsonObject("locked").remove("lastModified"));
                node.add("info", info);
            }
        }
        String v5 = json.toString();
        assertEquals(lock, LockFile.parse(v5));
        Files.writeString(c.dir.resolve("root/flake.lock"), v5);
        assertEquals(lock.canonical(), c.locksNixReads());
    }

    /** One random set of flakes: flake 0 is the root, flake i's inputs are flakes j > i. */
    static final class Case {
        static final String[] NAMES = {"a", "b", "c", "nixpkgs", "utils", "root", "c_2", "x-y"};

        record In(String name, int target, boolean flake) {
        }

        /** In a flake: {@code inputs.<input>.inputs.<sub>.follows = "<target>"}. */
        record Declared(String input, String sub, String target) {
        }

        final int seed;
        final Random r;
        final Path dir;
        final int n;
        final List<List<In>> ins = new ArrayList<>();
        final List<List<Declared>> declared = new ArrayList<>();
        /** Root overrides [X, Y] (input Y of root input X follows something), with their targets once chosen. */
        final Map<List<String>, List<String>> rootOverrides = new LinkedHashMap<>();
        /** Root inputs that follow something: {@code inputs.<name>.follows = "<target>"}. */
        final Map<String, List<String>> topFollows = new LinkedHashMap<>();
        final Map<Integer, Map<String, Object>> locked = new HashMap<>();

        Case(int seed) {
            this.seed = seed;
            this.r = new Random(seed);
            this.dir = base.resolve("case-" + seed);
            this.n = 3 + r.nextInt(5);
            for (int i = 0; i < n; i++) {
                List<In> list = new ArrayList<>();
                int count = i == n - 1 ? 0 : (i == 0 ? 1 + r.nextInt(4) : r.nextInt(4));
                List<String> names = new ArrayList<>(List.of(NAMES));
                for (int k = 0; k < count; k++) {
                    String name = names.remove(r.nextInt(names.size()));
                    list.add(new In(name, i + 1 + r.nextInt(n - i - 1), r.nextInt(5) != 0));
                }
                ins.add(list);
            }
            for (int i = 0; i < n; i++) {
                List<Declared> list = new ArrayList<>();
                if (i > 0) {
                    for (In p : ins.get(i)) {
                        List<In> subs = ins.get(p.target());
                        List<In> others = ins.get(i).stream().filter(o -> o != p).toList();
                        if (p.flake() && !subs.isEmpty() && !others.isEmpty() && r.nextBoolean()) {
                            list.add(new Declared(p.name(), subs.get(r.nextInt(subs.size())).name(),
                                    others.get(r.nextInt(others.size())).name()));
                        }
                    }
                }
                declared.add(list);
            }
            for (In x : ins.get(0)) {
                List<In> subs = ins.get(x.target());
                if (x.flake() && !subs.isEmpty() && r.nextBoolean()) {
                    rootOverrides.put(List.of(x.name(), subs.get(r.nextInt(subs.size())).name()), List.of());
                }
            }
            if (r.nextInt(10) < 4) {
                Set<String> used = new HashSet<>();
                ins.get(0).forEach(x -> used.add(x.name()));
                String z = Stream.of(NAMES).filter(s -> !used.contains(s)).findFirst().orElse("top");
                topFollows.put(z, List.of());
            }
        }

        Path flakeDir(int i) {
            return dir.resolve(i == 0 ? "root" : "f" + i);
        }

        void makeFlakes() throws IOException, InterruptedException {
            for (int i = 0; i < n; i++) {
                Files.createDirectories(flakeDir(i));
            }
            // The root's follows targets depend on the graph, which does not depend on them.
            Expansion dry = new Expansion(new Random(0));
            dry.lock();
            for (Map.Entry<List<String>, List<String>> o : rootOverrides.entrySet()) {
                List<List<String>> candidates = dry.nodePaths.stream()
                        .filter(p -> !isPrefix(p, o.getKey())).toList();
                o.setValue(r.nextInt(10) == 0 || candidates.isEmpty() ? List.of()
                        : candidates.get(r.nextInt(candidates.size())));
            }
            for (Map.Entry<String, List<String>> t : topFollows.entrySet()) {
                t.setValue(dry.nodePaths.get(r.nextInt(dry.nodePaths.size())));
            }
            for (int i = 0; i < n; i++) {
                Files.writeString(flakeDir(i).resolve("flake.nix"), flakeNix(i));
            }
            for (int i = 1; i < n; i++) {
                Nix.Result m = nix.run(flakeDir(i), "flake", "metadata", "--json", "--no-write-lock-file",
                        "path:" + flakeDir(i));
                assertEquals(0, m.exitCode(), m.toString());
                locked.put(i, attrs(JsonParser.parseString(m.stdout()).getAsJsonObject().getAsJsonObject("locked")));
            }
        }

        String flakeNix(int i) {
            StringBuilder sb = new StringBuilder("{\n  inputs = {\n");
            for (In in : ins.get(i)) {
                sb.append("    ").append(in.name()).append(" = { url = \"path:").append(flakeDir(in.target()))
                        .append("\";").append(in.flake() ? "" : " flake = false;").append(" };\n");
            }
            for (Declared d : declared.get(i)) {
                sb.append("    ").append(d.input()).append(".inputs.").append(d.sub()).append(".follows = \"")
                        .append(d.target()).append("\";\n");
            }
            if (i == 0) {
                rootOverrides.forEach((p, t) -> sb.append("    ").append(p.get(0)).append(".inputs.")
                        .append(p.get(1)).append(".follows = \"").append(String.join("/", t)).append("\";\n"));
                topFollows.forEach((z, t) -> sb.append("    ").append(z).append(".follows = \"")
                        .append(String.join("/", t)).append("\";\n"));
            }
            return sb.append("  };\n  outputs = inputs: { };\n}\n").toString();
        }

        /** The lock file for the flakes, made by nixj from their flake.nix, with random node keys. */
        LockFile lock() {
            return new Expansion(new Random(seed * 31L)).lock();
        }

        /** nixj makes the lock file (random keys); Nix takes it unchanged and writes nixj's canonical bytes. */
        void run() throws Exception {
            makeFlakes();
            LockFile lock = lock();
            lock.check();
            Files.writeString(dir.resolve("root/flake.lock"), lock.write());
            assertEquals(lock.canonical(), locksNixReads());

            Path fresh = dir.resolve("fresh");
            Files.createDirectories(fresh);
            Files.writeString(fresh.resolve("flake.nix"), flakeNix(0));
            Nix.Result l = nix.run(fresh, "flake", "lock", "path:" + fresh);
            assertEquals(0, l.exitCode(), l.toString());
            String nixText = Files.readString(fresh.resolve("flake.lock"), StandardCharsets.UTF_8);
            assertEquals(nixText, lock.canonical().write(), "root flake.nix:\n" + flakeNix(0));
            assertEquals(lock.canonical(), LockFile.parse(nixText));
        }

        /** The lock file Nix reads from root/flake.lock, without changing it; as Nix writes it. */
        LockFile locksNixReads() throws IOException, InterruptedException {
            Nix.Result m = nix.run(dir.resolve("root"), "flake", "metadata", "--json", "--no-update-lock-file",
                    "path:" + dir.resolve("root"));
            assertEquals(0, m.exitCode(), m + "\nroot flake.nix:\n" + flakeNix(0));
            assertTrue(m.stderr().isBlank(), m.toString());
            JsonObject locks = JsonParser.parseString(m.stdout()).getAsJsonObject().getAsJsonObject("locks");
            return LockFile.parse(locks.toString());
        }

        /** Locks the tree of inputs from the root, as Nix does with no lock file to start from. */
        final class Expansion {
            final Random keys;
            final Map<String, Node> nodes = new HashMap<>();
            final List<List<String>> nodePaths = new ArrayList<>();
            final Map<List<String>, List<String>> overrides = new HashMap<>(rootOverrides);

            Expansion(Random keys) {
                this.keys = keys;
            }

            LockFile lock() {
                Map<String, Edge> inputs = new TreeMap<>(LockFile.KEY_ORDER);
                for (In in : ins.get(0)) {
                    inputs.put(in.name(), edge(List.of(in.name()), in));
                }
                topFollows.forEach((z, t) -> inputs.put(z, new Follows(t)));
                String rootKey = keys.nextBoolean() ? LockFile.ROOT : fresh();
                nodes.put(rootKey, Node.root(inputs));
                return new LockFile(rootKey, nodes);
            }

            Edge edge(List<String> pos, In in) {
                List<String> follows = overrides.get(pos);
                if (follows != null) {
                    return new Follows(follows);
                }
                Map<String, Edge> inputs = new TreeMap<>(LockFile.KEY_ORDER);
                if (in.flake()) {
                    for (Declared d : declared.get(in.target())) {
                        overrides.putIfAbsent(append(pos, d.input(), d.sub()), append(pos, d.target()));
                    }
                    for (In sub : ins.get(in.target())) {
                        inputs.put(sub.name(), edge(append(pos, sub.name()), sub));
                    }
                }
                String key = fresh();
                nodePaths.add(pos);
                nodes.put(key, Node.locked(inputs, locked.getOrDefault(in.target(), Map.of()),
                        Map.of("type", "path", "path", flakeDir(in.target()).toString()), in.flake()));
                return new NodeRef(key);
            }

            String fresh() {
                while (true) {
                    String k = RandomLocks.string(keys, 6, true) + "#" + keys.nextInt(1000);
                    if (!nodes.containsKey(k)) {
                        return k;
                    }
                }
            }
        }

        static List<String> append(List<String> path, String... names) {
            List<String> p = new ArrayList<>(path);
            p.addAll(List.of(names));
            return List.copyOf(p);
        }

        static boolean isPrefix(List<String> prefix, List<String> path) {
            return prefix.size() <= path.size() && path.subList(0, prefix.size()).equals(prefix);
        }

        static Map<String, Object> attrs(JsonObject o) {
            Map<String, Object> m = new HashMap<>();
            for (Map.Entry<String, JsonElement> e : o.entrySet()) {
                JsonPrimitive p = e.getValue().getAsJsonPrimitive();
                m.put(e.getKey(), p.isString() ? p.getAsString() : p.isBoolean() ? p.getAsBoolean() : p.getAsLong());
            }
            return m;
        }
    }
}
