package org.nixj.flake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.nixj.flake.LockFile.Follows;
import org.nixj.flake.LockFile.Node;
import org.nixj.flake.RandomLocks.FollowsCase;
import org.nixj.flake.RandomLocks.Generated;

class LockFileProperties {

    @Provide
    Arbitrary<Generated> locks() {
        return Combinators.combine(Arbitraries.integers().between(0, 12), Arbitraries.longs(),
                        Arbitraries.of(false, true))
                .as((n, seed, separators) -> RandomLocks.generate(new Random(seed), n, separators));
    }

    @Provide
    Arbitrary<Generated> locksWithoutSeparators() {
        return Combinators.combine(Arbitraries.integers().between(0, 12), Arbitraries.longs())
                .as((n, seed) -> RandomLocks.generate(new Random(seed), n, false));
    }

    @Property(tries = 500)
    void writtenThenParsedIsTheSameModel(@ForAll("locks") Generated g) {
        LockFile l = g.lock();
        String text = l.write();
        LockFile back = LockFile.parse(text);
        assertEquals(l, back);
        assertEquals(l.hashCode(), back.hashCode());
        assertEquals(text, back.write());
        assertEquals(7, back.sourceVersion());
    }

    /** An independent writer: Gson's pretty printing of the same JSON, keys sorted as UTF-8 bytes (as std::map). */
    @Property(tries = 300)
    void writeIsPrettyJsonWithKeysInUtf8Order(@ForAll("locksWithoutSeparators") Generated g) {
        LockFile l = g.lock();
        JsonObject nodes = new JsonObject();
        for (String key : utf8Sorted(l.nodes().keySet())) {
            Node n = l.nodes().get(key);
            Map<String, com.google.gson.JsonElement> fields = new TreeMap<>();
            if (!n.inputs().isEmpty()) {
                JsonObject inputs = new JsonObject();
                for (String name : utf8Sorted(n.inputs().keySet())) {
                    inputs.add(name, switch (n.inputs().get(name)) {
                        case LockFile.NodeRef(String k) -> new JsonPrimitive(k);
                        case Follows(List<String> path) -> array(path);
                    });
                }
                fields.put("inputs", inputs);
            }
            n.locked().ifPresent(m -> fields.put("locked", attrs(m)));
            n.original().ifPresent(m -> fields.put("original", attrs(m)));
            if (!n.flake()) {
                fields.put("flake", new JsonPrimitive(false));
            }
            n.parent().ifPresent(p -> fields.put("parent", array(p)));
            JsonObject node = new JsonObject();
            fields.forEach(node::add); // all ASCII: TreeMap order is byte order
            nodes.add(key, node);
        }
        JsonObject top = new JsonObject();
        top.add("nodes", nodes);
        top.addProperty("root", l.root());
        top.addProperty("version", 7);
        String expected = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(top) + "\n";
        assertEquals(expected, l.write());
    }

    @Property(tries = 300)
    void followsResolveAndCheckPasses(@ForAll("locks") Generated g) {
        LockFile l = g.lock();
        l.check();
        for (FollowsCase c : g.follows()) {
            assertEquals(c.target(), l.resolve(c.edge()));
            assertEquals(c.target(), l.findInput(c.edge().path()).orElseThrow());
            List<String> inputPath = new ArrayList<>(g.pathTo().get(c.host()));
            inputPath.add(c.name());
            assertEquals(c.target(), l.resolveInput(inputPath));
        }
        for (Map.Entry<String, List<String>> e : g.pathTo().entrySet()) {
            assertEquals(e.getKey(), l.resolveInput(e.getValue()));
        }
    }

    @Property(tries = 300)
    void canonicalKeysDependOnlyOnTheGraph(@ForAll("locks") Generated g, @ForAll long salt) {
        LockFile l = g.lock();
        LockFile c = l.canonical();
        assertEquals(LockFile.ROOT, c.root());
        assertEquals(c, c.canonical());
        assertTrue(l.sameLocks(c));
        assertEquals(l.nodes().size(), c.nodes().size());
        assertEquals(c, LockFile.parse(c.write()));
        LockFile renamed = RandomLocks.rename(l, k -> "k" + salt + "/" + k);
        assertEquals(c, renamed.canonical());
        assertTrue(renamed.sameLocks(l));
    }

    /** Nix writes version 7 whatever it read, and compares lock files by what it writes. */
    @Property(tries = 200)
    void version5And6ReadAsTheSameModel(@ForAll("locks") Generated g, @ForAll long seed) {
        LockFile l = g.lock();
        String v7 = l.write();
        LockFile v6 = LockFile.parse(v7.replace("\n  \"version\": 7\n}", "\n  \"version\": 6\n}"));
        assertEquals(6, v6.sourceVersion());
        assertEquals(l, v6);
        assertEquals(v7, v6.write());

        // Version 5: some locked attributes in 'info' beside 'locked'.
        JsonObject json = com.google.gson.JsonParser.parseString(v7).getAsJsonObject();
        json.addProperty("version", 5);
        Random r = new Random(seed);
        for (var e : json.getAsJsonObject("nodes").entrySet()) {
            JsonObject node = e.getValue().getAsJsonObject();
            if (node.has("locked") && r.nextBoolean()) {
                JsonObject locked = node.getAsJsonObject("locked");
                JsonObject info = new JsonObject();
                for (String k : new ArrayList<>(locked.keySet())) {
                    if (r.nextBoolean()) {
                        info.add(k, locked.remove(k));
                    } else if (r.nextInt(4) == 0) {
                        info.add(k, locked.get(k)); // in both: info wins, with the same value here
                    }
                }
                node.add("info", info);
            }
        }
        LockFile v5 = LockFile.parse(json.toString());
        assertEquals(5, v5.sourceVersion());
        assertEquals(l, v5);
        assertEquals(v7, v5.write());
    }

    private static List<String> utf8Sorted(java.util.Collection<String> keys) {
        Comparator<String> bytes = (a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8));
        return keys.stream().sorted(bytes).toList();
    }

    private static JsonArray array(List<String> path) {
        JsonArray a = new JsonArray();
        path.forEach(a::add);
        return a;
    }

    private static JsonObject attrs(Map<String, Object> m) {
        JsonObject o = new JsonObject();
        for (String k : utf8Sorted(m.keySet())) {
            switch (m.get(k)) {
                case String s -> o.addProperty(k, s);
                case Boolean b -> o.addProperty(k, b);
                case Long n -> o.add(k, new JsonPrimitive(new BigInteger(Long.toUnsignedString(n))));
                default -> throw new AssertionError(m.get(k));
            }
        }
        return o;
    }
}
