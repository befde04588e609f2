package org.nixj.flake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nixj.flake.LockFile.Edge;
import org.nixj.flake.LockFile.Follows;
import org.nixj.flake.LockFile.Node;
import org.nixj.flake.LockFile.NodeRef;

class LockFileTest {
    static final Map<String, Object> LOCKED = Map.of("type", "path", "path", "/x", "narHash", "sha256-AAAA",
            "lastModified", 1L);
    static final Map<String, Object> ORIGINAL = Map.of("type", "path", "path", "/x");

    static Node leaf() {
        return Node.locked(Map.of(), LOCKED, ORIGINAL);
    }

    static Node node(Map<String, Edge> inputs) {
        return Node.locked(inputs, LOCKED, ORIGINAL);
    }

    static String message(String json) {
        return assertThrows(FlakeException.class, () -> LockFile.parse(json, "/src/flake.lock")).getMessage();
    }

    /** A version 7 lock file with these nodes (JSON text of the "nodes" object's members). */
    static String lock(String nodes) {
        return "{\"version\": 7, \"root\": \"root\", \"nodes\": {" + nodes + "}}";
    }

    static final String A = "\"a\": {\"locked\": {\"type\": \"path\", \"path\": \"/a\"},"
            + " \"original\": {\"type\": \"path\", \"path\": \"/a\"}}";

    @Nested
    class Versions {
        @ParameterizedTest
        @ValueSource(ints = {5, 6, 7})
        void readsVersions5To7(int v) {
            LockFile l = LockFile.parse(
                    "{\"version\": " + v + ", \"root\": \"root\", \"nodes\": {\"root\": {\"inputs\": {\"a\": \"a\"}}, "
                            + A + "}}");
            assertEquals(v, l.sourceVersion());
            assertEquals(7, l.version());
            assertTrue(l.write().endsWith("  \"version\": 7\n}\n"));
        }

        @ParameterizedTest
        @ValueSource(ints = {-1, 0, 1, 4, 8, 100})
        void refusesOthers(int v) {
            assertEquals("lock file '/src/flake.lock' has unsupported version " + v,
                    message("{\"version\": " + v + ", \"root\": \"root\", \"nodes\": {\"root\": {}}}"));
        }

        @Test
        void noVersionIsVersion0() {
            assertEquals("lock file '/src/flake.lock' has unsupported version 0",
                    message("{\"root\": \"root\", \"nodes\": {\"root\": {}}}"));
            assertEquals("lock file 'flake.lock' has unsupported version 0",
                    assertThrows(FlakeException.class, () -> LockFile.parse("{}")).getMessage());
        }

        @Test
        void version5InfoMergesIntoLocked() {
            String v5 = "{\"version\": 5, \"root\": \"root\", \"nodes\": {\"root\": {\"inputs\": {\"a\": \"a\"}},"
                    + " \"a\": {\"inputs\": {}, \"info\": {\"lastModified\": 1580555482, \"narHash\": \"sha256-x\"},"
                    + " \"locked\": {\"type\": \"github\", \"owner\": \"o\", \"repo\": \"r\", \"rev\": \"abc\","
                    + " \"narHash\": \"sha256-old\"},"
                    + " \"original\": {\"type\": \"github\", \"owner\": \"o\", \"repo\": \"r\"}}}}";
            LockFile l = LockFile.parse(v5);
            assertEquals(Map.of("type", "github", "owner", "o", "repo", "r", "rev", "abc", "lastModified",
                    1580555482L, "narHash", "sha256-x"), l.node("a").orElseThrow().locked().orElseThrow());
            assertEquals("""
                    {
                      "nodes": {
                        "a": {
                          "locked": {
                            "lastModified": 1580555482,
                            "narHash": "sha256-x",
                            "owner": "o",
                            "repo": "r",
                            "rev": "abc",
                            "type": "github"
                          },
                          "original": {
                            "owner": "o",
                            "repo": "r",
                            "type": "github"
                          }
                        },
                        "root": {
                          "inputs": {
                            "a": "a"
                          }
                        }
                      },
                      "root": "root",
                      "version": 7
                    }
                    """, l.write());
        }

        @Test
        void version6SharedAndCyclicNodes() {
            // Before version 7, follows could be written as shared nodes, so non-root nodes could form cycles.
            String v6 = "{\"version\": 6, \"root\": \"r\", \"nodes\": {\"r\": {\"inputs\": {\"a\": \"n1\", "
                    + "\"b\": \"n2\"}}, \"n1\": {\"inputs\": {\"b\": \"n2\"}, \"locked\": {\"type\": \"path\", "
                    + "\"path\": \"/a\"}, \"original\": {\"type\": \"path\", \"path\": \"/a\"}}, \"n2\": {\"inputs\": "
                    + "{\"a\": \"n1\"}, \"locked\": {\"type\": \"path\", \"path\": \"/b\"}, \"original\": {\"type\": "
                    + "\"path\", \"path\": \"/b\"}}}}";
            LockFile l = LockFile.parse(v6);
            assertEquals("n2", l.resolveInput(List.of("a", "b")));
            assertEquals("n1", l.resolveInput(List.of("a", "b", "a", "b", "a")));
            LockFile c = l.canonical();
            assertEquals(List.of("a", "b", "root"), List.copyOf(c.nodes().keySet()));
            assertEquals(Map.of("a", new NodeRef("a")), c.node("b").orElseThrow().inputs());
            assertEquals(Map.of("b", new NodeRef("b")), c.node("a").orElseThrow().inputs());
            // Nix's getAllInputs walks each node once.
            assertEquals(List.of(List.of("a"), List.of("a", "b"), List.of("a", "b", "a"), List.of("b")),
                    List.copyOf(l.allInputs().keySet()));
            assertTrue(l.sameLocks(c));
            assertEquals(c, LockFile.parse(c.write()));
        }

        @Test
        void equalityIgnoresTheVersionRead() {
            LockFile v6 = LockFile.parse("{\"version\": 6, \"root\": \"root\", \"nodes\": {\"root\": {}}}");
            assertEquals(LockFile.empty(), v6);
            assertEquals(LockFile.empty().hashCode(), v6.hashCode());
            assertEquals(6, v6.sourceVersion());
        }
    }

    @Nested
    class Malformed {
        @ParameterizedTest
        @ValueSource(strings = {"", "{", "nope", "{\"version\": 7,}", "{'version': 7}", "{\"version\": 7} {}",
            "{\"version\": 7} x", "// c\n{}", "{\"version\": NaN}", "{\"version\": 07}", "[1,]", "{version: 7}"})
        void notJson(String text) {
            assertTrue(message(text).startsWith("Could not parse '/src/flake.lock': "), message(text));
        }

        @Test
        void byteOrderMarkAndWhitespace() {
            assertEquals(LockFile.empty(),
                    LockFile.parse("\uFEFF \t\r\n{\"version\": 7, \"root\": \"root\", \"nodes\": {\"root\": {}}}\n"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"[]", "7", "\"x\"", "null"})
        void notAnObject(String text) {
            assertEquals("lock file '/src/flake.lock' is not a JSON object", message(text));
        }

        @Test
        void badVersionRootOrNodes() {
            assertEquals("lock file '/src/flake.lock' has a 'version' that is not a number",
                    message("{\"version\": \"7\", \"root\": \"root\", \"nodes\": {}}"));
            assertEquals("lock file '/src/flake.lock' has no string 'root'",
                    message("{\"version\": 7, \"nodes\": {\"root\": {}}}"));
            assertEquals("lock file '/src/flake.lock' has no string 'root'",
                    message("{\"version\": 7, \"root\": 1, \"nodes\": {\"root\": {}}}"));
            assertEquals("lock file '/src/flake.lock' has 'nodes' that is not an object",
                    message("{\"version\": 7, \"root\": \"root\", \"nodes\": []}"));
        }

        @Test
        void missingRootNodeIsARootWithoutInputsAsInNix() {
            assertEquals(LockFile.empty(), LockFile.parse("{\"version\": 7, \"root\": \"root\"}"));
            assertEquals(LockFile.empty(), LockFile.parse("{\"version\": 7, \"root\": \"root\", \"nodes\": {}}"));
            LockFile other = LockFile.parse("{\"version\": 7, \"root\": \"top\", \"nodes\": {\"root\": {}}}");
            assertEquals("top", other.root());
            assertEquals(List.of("top"), List.copyOf(other.nodes().keySet()));
        }

        @Test
        void missingNodeAndCycleToRoot() {
            assertEquals("lock file references missing node 'b'",
                    message(lock("\"root\": {\"inputs\": {\"a\": \"b\"}}")));
            assertEquals("lock file contains cycle to root node",
                    message(lock("\"root\": {\"inputs\": {\"a\": \"root\"}}")));
            assertEquals("lock file contains cycle to root node", message(lock(
                    "\"root\": {\"inputs\": {\"a\": \"a\"}}, " + A.replace("\"locked\"",
                            "\"inputs\": {\"up\": \"root\"}, \"locked\""))));
        }

        @Test
        void missingLockedOrOriginal() {
            assertEquals("attribute 'locked' missing in lock file", message(lock(
                    "\"root\": {\"inputs\": {\"a\": \"a\"}}, \"a\": {\"original\": {\"type\": \"path\"}}")));
            assertEquals("attribute 'original' missing in lock file", message(lock(
                    "\"root\": {\"inputs\": {\"a\": \"a\"}}, \"a\": {\"locked\": {\"type\": \"path\"}}")));
            assertEquals("attribute 'locked' missing in lock file", message(lock(
                    "\"root\": {\"inputs\": {\"a\": \"a\"}}, \"a\": {}")));
        }

        @Test
        void badInputs() {
            assertEquals("lock file '/src/flake.lock': input 'a' of node 'root' is neither a node key nor a follows"
                    + " path", message(lock("\"root\": {\"inputs\": {\"a\": 1}}")));
            assertEquals("lock file '/src/flake.lock': input 'a' of node 'root' is neither a node key nor a follows"
                    + " path", message(lock("\"root\": {\"inputs\": {\"a\": {}}}")));
            assertEquals("lock file '/src/flake.lock': input 'a' of node 'root' follows a path with an element that"
                    + " is not a string", message(lock("\"root\": {\"inputs\": {\"a\": [\"b\", 1]}}")));
            assertEquals("lock file '/src/flake.lock': 'inputs' of node 'root' is not an object",
                    message(lock("\"root\": {\"inputs\": []}")));
            assertEquals("lock file '/src/flake.lock': node 'root' is not an object", message(lock("\"root\": 1")));
            assertEquals("lock file '/src/flake.lock': node 'a' is not an object",
                    message(lock("\"root\": {\"inputs\": {\"a\": \"a\"}}, \"a\": []")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"[]", "{}", "null", "[\"x\"]"})
        void attributeValuesAreStringsNumbersOrBooleans(String value) {
            assertEquals("unsupported input attribute type in lock file", message(lock(
                    "\"root\": {\"inputs\": {\"a\": \"a\"}}, " + A.replace("\"path\": \"/a\"}}",
                            "\"path\": \"/a\", \"bad\": " + value + "}}"))));
        }

        @Test
        void badAttributeSets() {
            assertEquals("lock file '/src/flake.lock': 'locked' of node 'a' is not an object", message(lock(
                    "\"root\": {\"inputs\": {\"a\": \"a\"}}, \"a\": {\"locked\": [], \"original\": {}}")));
            assertEquals("lock file '/src/flake.lock': 'flake' of node 'a' is not a Boolean", message(lock(
                    "\"root\": {\"inputs\": {\"a\": \"a\"}}, " + A.replace("\"locked\"", "\"flake\": 0, \"locked\""))));
            assertEquals("lock file '/src/flake.lock': 'parent' of node 'a' is not a list of input names", message(
                    lock("\"root\": {\"inputs\": {\"a\": \"a\"}}, " + A.replace("\"locked\"",
                            "\"parent\": \"x\", \"locked\""))));
        }

        @Test
        void loneSurrogates() {
            // As nlohmann, a parse error.
            String m = message(lock("\"root\": {\"inputs\": {\"\\ud800\": \"a\"}}, " + A));
            assertTrue(m.startsWith("Could not parse '/src/flake.lock': "), m);
        }
    }

    @Nested
    class Reading {
        @Test
        void numbersAreUnsigned64BitAsInNix() {
            Map<String, Object> locked = LockFile.parse(lock("\"root\": {\"inputs\": {\"a\": \"a\"}}, "
                    + A.replace("\"path\": \"/a\"},", "\"path\": \"/a\", \"big\": 18446744073709551615, "
                    + "\"neg\": -1, \"frac\": 12.75, \"exp\": 1e3},"))).node("a").orElseThrow().locked().orElseThrow();
            assertEquals(-1L, locked.get("big"));
            assertEquals(-1L, locked.get("neg"));
            assertEquals(12L, locked.get("frac"));
            assertEquals(1000L, locked.get("exp"));
            assertEquals(FlakeException.class, assertThrows(FlakeException.class, () -> LockFile.parse(lock(
                    "\"root\": {\"inputs\": {\"a\": \"a\"}}, " + A.replace("\"path\": \"/a\"}}",
                            "\"path\": \"/a\", \"big\": 18446744073709551616}}")))).getClass());
        }

        @Test
        void writesBigNumbersUnsigned() {
            LockFile l = LockFile.of(Node.root(Map.of("a", new NodeRef("a"))),
                    Map.of("a", Node.locked(Map.of(), Map.of("n", -1L, "m", Long.MIN_VALUE, "i", 42), ORIGINAL)));
            String text = l.write();
            assertTrue(text.contains("\"n\": 18446744073709551615"), text);
            assertTrue(text.contains("\"m\": 9223372036854775808"), text);
            assertTrue(text.contains("\"i\": 42"), text);
            assertEquals(l, LockFile.parse(text));
        }

        @Test
        void duplicateKeysTheLastWinsAsInNlohmann() {
            LockFile l = LockFile.parse("{\"version\": 7, \"root\": \"x\", \"root\": \"root\", \"nodes\": "
                    + "{\"root\": {\"inputs\": {\"a\": \"b\", \"a\": \"a\"}}, " + A + "}}");
            assertEquals(Map.of("a", new NodeRef("a")), l.rootNode().inputs());
        }

        @Test
        void unreachableNodesAndUnknownFieldsAreDropped() {
            String text = "{\"version\": 7, \"root\": \"root\", \"extra\": 1, \"nodes\": {\"root\": {\"inputs\": "
                    + "{\"a\": \"a\"}, \"locked\": {\"type\": \"x\"}}, \"junk\": 1, \"orphan\": {}, "
                    + A.replace("\"locked\"", "\"flake\": true, \"what\": [1], \"locked\"") + "}}";
            LockFile l = LockFile.parse(text);
            assertEquals(List.of("a", "root"), List.copyOf(l.nodes().keySet()));
            assertTrue(l.node("a").orElseThrow().flake());
            assertFalse(l.write().contains("flake"));
            assertFalse(l.rootNode().locked().isPresent());
        }

        @Test
        void emptyInputsAreNotWritten() {
            LockFile l = LockFile.parse(lock("\"root\": {\"inputs\": {}}"));
            assertEquals(LockFile.empty(), l);
            assertEquals("{\n  \"nodes\": {\n    \"root\": {}\n  },\n  \"root\": \"root\",\n  \"version\": 7\n}\n",
                    l.write());
        }

        @Test
        void parentAndFlakeFalse() {
            String text = lock("\"root\": {\"inputs\": {\"a\": \"a\", \"b\": \"b\"}}, " + A + ", "
                    + A.replace("\"a\": {", "\"b\": {\"flake\": false, \"parent\": [\"a\"], ").replace("/a", "./b"));
            LockFile l = LockFile.parse(text);
            Node b = l.node("b").orElseThrow();
            assertFalse(b.flake());
            assertEquals(Optional.of(List.of("a")), b.parent());
            assertTrue(l.write().contains("""
                        "b": {
                          "flake": false,
                          "locked": {
                            "path": "./b",
                            "type": "path"
                          },
                          "original": {
                            "path": "./b",
                            "type": "path"
                          },
                          "parent": [
                            "a"
                          ]
                        },
                    """), l.write());
            assertEquals(l, LockFile.parse(l.write()));
        }
    }

    @Nested
    class Writing {
        @Test
        void escapesAsNlohmann() {
            String nasty = "q\"b\\s/\b\f\n\r\t\u0000\u0001\u001f\u007f\u0080\u2028\u2029é日😀";
            LockFile l = LockFile.of(Node.root(Map.of(nasty, new Follows(List.of(nasty)))), Map.of());
            String text = l.write();
            String escaped = "\"q\\\"b\\\\s/\\b\\f\\n\\r\\t\\u0000\\u0001\\u001f\u007f\u0080\u2028\u2029é日😀\"";
            assertEquals("{\n  \"nodes\": {\n    \"root\": {\n      \"inputs\": {\n        " + escaped
                    + ": [\n          " + escaped + "\n        ]\n      }\n    }\n  },\n  \"root\": \"root\",\n"
                    + "  \"version\": 7\n}\n", text);
            assertEquals(l, LockFile.parse(text));
        }

        @Test
        void keysInCodePointOrder() {
            // UTF-16 order would put U+FFFF after U+1F600 (a surrogate pair); UTF-8 (Nix's std::map) before.
            Map<String, Edge> inputs = new HashMap<>();
            for (String k : List.of("b", "a", "B", "_", "-", "a-b", "a_b", "ab", "é", "\uFFFF", "😀", "\uE000")) {
                inputs.put(k, new Follows(List.of()));
            }
            LockFile l = LockFile.of(Node.root(inputs), Map.of());
            assertEquals(List.of("-", "B", "_", "a", "a-b", "a_b", "ab", "b", "é", "\uE000", "\uFFFF", "😀"),
                    List.copyOf(l.rootNode().inputs().keySet()));
            String text = l.write();
            assertTrue(text.indexOf("\"\uFFFF\"") < text.indexOf("\"😀\""));
        }

        @Test
        void nodeFieldsInOrder() {
            LockFile l = LockFile.of(Node.root(Map.of("a", new NodeRef("a"))), Map.of("a",
                    Node.locked(Map.of("x", new Follows(List.of("a"))), LOCKED, ORIGINAL, false)
                            .withParent(List.of())));
            String a = l.write().split("\"a\": \\{\n", 2)[1];
            int inputs = a.indexOf("\"inputs\"");
            assertTrue(a.indexOf("\"flake\": false") < inputs);
            assertTrue(inputs < a.indexOf("\"locked\""));
            assertTrue(a.indexOf("\"locked\"") < a.indexOf("\"original\""));
            assertTrue(a.indexOf("\"original\"") < a.indexOf("\"parent\": []"));
        }
    }

    @Nested
    class Model {
        @Test
        void constructionChecks() {
            Node root = Node.root(Map.of("a", new NodeRef("a")));
            assertEquals("lock file references missing node 'a'",
                    assertThrows(FlakeException.class, () -> LockFile.of(root, Map.of())).getMessage());
            assertEquals("lock file has no root node 'top'", assertThrows(FlakeException.class,
                    () -> new LockFile("top", Map.of("root", Node.root(Map.of())))).getMessage());
            assertEquals("lock file contains cycle to root node", assertThrows(FlakeException.class,
                    () -> LockFile.of(root, Map.of("a", node(Map.of("up", new NodeRef("root")))))).getMessage());
            assertEquals("lock file node 'b' is not reachable from the root node", assertThrows(FlakeException.class,
                    () -> LockFile.of(root, Map.of("a", leaf(), "b", leaf()))).getMessage());
            assertEquals("lock file node 'b' has no 'locked' and 'original'", assertThrows(FlakeException.class,
                    () -> LockFile.of(root, Map.of("a", node(Map.of("b", new NodeRef("b"))), "b",
                            Node.root(Map.of())))).getMessage());
            assertEquals("the root node 'root' of a lock file has 'locked' and 'original'", assertThrows(
                    FlakeException.class, () -> new LockFile("root", Map.of("root", leaf()))).getMessage());
            assertThrows(FlakeException.class, () -> new Node(new java.util.TreeMap<>(), Optional.empty(),
                    Optional.empty(), false, Optional.empty()));
            assertThrows(FlakeException.class, () -> Node.locked(Map.of(), Map.of("x", 1.5), ORIGINAL));
            assertThrows(FlakeException.class, () -> new NodeRef("\uDC00"));
        }

        @Test
        void immutable() {
            LockFile l = LockFile.of(Node.root(Map.of("a", new NodeRef("a"))), Map.of("a", leaf()));
            assertThrows(UnsupportedOperationException.class, () -> l.nodes().clear());
            assertThrows(UnsupportedOperationException.class, () -> l.rootNode().inputs().clear());
            assertThrows(UnsupportedOperationException.class,
                    () -> l.node("a").orElseThrow().locked().orElseThrow().clear());
            List<String> path = new java.util.ArrayList<>(List.of("a"));
            Follows f = new Follows(path);
            path.add("b");
            assertEquals(List.of("a"), f.path());
        }

        @Test
        void equality() {
            LockFile a = LockFile.of(Node.root(Map.of("a", new NodeRef("a"))), Map.of("a", leaf()));
            LockFile b = LockFile.of(Node.root(Map.of("a", new NodeRef("a"))),
                    Map.of("a", Node.locked(Map.of(), new HashMap<>(LOCKED), ORIGINAL, true)));
            assertEquals(a, b);
            assertEquals(a.hashCode(), b.hashCode());
            Map<String, Object> intLocked = new HashMap<>(LOCKED);
            intLocked.put("lastModified", 1); // an Integer is kept as a Long
            assertEquals(a, LockFile.of(a.rootNode(), Map.of("a", Node.locked(Map.of(), intLocked, ORIGINAL))));
            assertNotEquals(a, LockFile.of(a.rootNode(), Map.of("a", Node.locked(Map.of(), LOCKED, ORIGINAL,
                    false))));
            LockFile renamed = LockFile.of(Node.root(Map.of("a", new NodeRef("n")))
                    , Map.of("n", leaf()));
            assertNotEquals(a, renamed);
            assertTrue(a.sameLocks(renamed));
            assertEquals(a, renamed.canonical());
        }
    }

    @Nested
    class Resolving {
        // root: a -> A, b -> B, c follows a, d follows b/x; B: x -> X, y follows [], z follows nope
        final LockFile l = LockFile.of(Node.root(Map.of("a", new NodeRef("A"), "b", new NodeRef("B"),
                        "c", new Follows(List.of("a")), "d", new Follows(List.of("b", "x")))),
                Map.of("A", leaf(), "B", node(Map.of("x", new NodeRef("X"), "y", new Follows(List.of()),
                        "z", new Follows(List.of("nope")))), "X", leaf()));

        @Test
        void resolve() {
            assertEquals("A", l.resolve(new NodeRef("A")));
            assertEquals("A", l.resolve(new Follows(List.of("a"))));
            assertEquals("X", l.resolve(new Follows(List.of("d"))));
            assertEquals("root", l.resolve(new Follows(List.of())));
            assertEquals("root", l.resolve(new Follows(List.of("b", "y"))));
            assertEquals("B", l.resolve(new Follows(List.of("b", "y", "b"))));
            assertEquals("follows a non-existent input 'b/z'",
                    assertThrows(FlakeException.class, () -> l.resolve(new Follows(List.of("b", "z")))).getMessage());
            assertEquals("lock file references missing node 'Q'",
                    assertThrows(FlakeException.class, () -> l.resolve(new NodeRef("Q"))).getMessage());
        }

        @Test
        void findAndResolveInput() {
            assertEquals(Optional.of("X"), l.findInput(List.of("b", "x")));
            assertEquals(Optional.of("X"), l.findInput(List.of("d")));
            assertEquals(Optional.empty(), l.findInput(List.of("a", "x")));
            assertEquals(Optional.empty(), l.findInput(List.of("b", "z")));
            assertEquals(Optional.of("root"), l.findInput(List.of()));
            assertEquals("X", l.resolveInput(List.of("d")));
            assertEquals("root", l.resolveInput(List.of()));
            assertEquals("input 'b/z' follows a non-existent input 'nope'",
                    assertThrows(FlakeException.class, () -> l.resolveInput(List.of("b", "z"))).getMessage());
            assertEquals("input 'a/q' does not exist",
                    assertThrows(FlakeException.class, () -> l.resolveInput(List.of("a", "q"))).getMessage());
        }

        @Test
        void checkAsNix() {
            assertEquals("input 'b/z' follows a non-existent input 'nope'",
                    assertThrows(FlakeException.class, l::check).getMessage());
        }

        @Test
        void allInputs() {
            assertEquals(List.of(List.of("a"), List.of("b"), List.of("b", "x"), List.of("b", "y"),
                    List.of("b", "z"), List.of("c"), List.of("d")), List.copyOf(l.allInputs().keySet()));
            assertEquals(new Follows(List.of("nope")), l.allInputs().get(List.of("b", "z")));
        }

        @Test
        void cycles() {
            LockFile c = LockFile.of(Node.root(Map.of("a", new Follows(List.of("b")), "b",
                    new Follows(List.of("c", "x")), "c", new NodeRef("C"))), Map.of("C",
                    node(Map.of("x", new Follows(List.of("a"))))));
            assertEquals("follow cycle detected: [a -> b -> c/x -> a]",
                    assertThrows(FlakeException.class, () -> c.findInput(List.of("a"))).getMessage());
            assertEquals("follow cycle detected: [b -> c/x -> a -> b]",
                    assertThrows(FlakeException.class, () -> c.resolve(new Follows(List.of("b")))).getMessage());
            assertEquals("follow cycle detected: [a -> b -> c/x -> a]",
                    assertThrows(FlakeException.class, () -> c.resolveInput(List.of("c", "x"))).getMessage());
            assertEquals("follow cycle detected: [b -> c/x -> a -> b]",
                    assertThrows(FlakeException.class, c::check).getMessage());
            LockFile self = LockFile.of(Node.root(Map.of("a", new Follows(List.of("a")))), Map.of());
            assertEquals("follow cycle detected: [a -> a]",
                    assertThrows(FlakeException.class, () -> self.findInput(List.of("a", "b"))).getMessage());
        }

        @Test
        void theSameFollowsTwiceIsNoCycle() {
            // x follows c, c's y follows d, d's w follows c: x/y/w is c. (Nix's findInput calls this a cycle.)
            LockFile t = LockFile.of(Node.root(Map.of("x", new Follows(List.of("c")), "c", new NodeRef("C"),
                            "d", new NodeRef("D"))),
                    Map.of("C", node(Map.of("y", new Follows(List.of("d")))),
                            "D", node(Map.of("w", new Follows(List.of("c"))))));
            assertEquals(Optional.of("C"), t.findInput(List.of("x", "y", "w")));
            t.check();
        }
    }
}
