package org.nixj.flake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.nixj.flake.LockFile.Edge;
import org.nixj.flake.LockFile.Follows;
import org.nixj.flake.LockFile.Node;
import org.nixj.flake.LockFile.NodeRef;

/**
 * Random lock graphs: random node keys and input names (with quotes, backslashes, control characters, non-ASCII
 * and non-BMP characters), every node reachable from the root, extra node edges (even cycles between non-root
 * nodes, as version 6 files may have), follows paths that resolve, locked/original attributes with string, integer
 * (any 64 bits) and Boolean values, some {@code flake = false}, some {@code parent}.
 */
final class RandomLocks {
    /** A generated lock file, and for each follows edge it has, the node key the edge must resolve to. */
    record Generated(LockFile lock, List<FollowsCase> follows, Map<String, List<String>> pathTo) {
    }

    /** Input {@code name} of node {@code host} follows {@code edge}, which leads to node {@code target}. */
    record FollowsCase(String host, String name, Follows edge, String target) {
    }

    /** Characters the strings are made of; {@code withSeparators} adds U+2028 and U+2029. */
    private static final String[] PALETTE = {
        "a", "b", "c", "x", "y", "z", "A", "Z", "0", "1", "9", "-", "_", ".", "/", ":", " ", "root", "_2",
        "\"", "\\", "\b", "\f", "\n", "\r", "\t", "\u0000", "\u0001", "\u001f", "\u007f", "\u0080",
        "é", "ß", "日本", "\uFFFF", "\uE000", "😀", "🦀", "\uD800\uDC00",
    };

    private RandomLocks() {
    }

    static String string(Random r, int maxLength, boolean withSeparators) {
        int n = r.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (withSeparators && r.nextInt(20) == 0) {
                sb.append(r.nextBoolean() ? '\u2028' : '\u2029');
            } else {
                sb.append(PALETTE[r.nextInt(PALETTE.length)]);
            }
        }
        return sb.toString();
    }

    static Object value(Random r, boolean withSeparators) {
        return switch (r.nextInt(3)) {
            case 0 -> string(r, 12, withSeparators);
            case 1 -> switch (r.nextInt(4)) {
                case 0 -> (long) r.nextInt(3);
                case 1 -> -1L - r.nextInt(3);
                case 2 -> Long.MAX_VALUE - r.nextInt(3);
                default -> r.nextLong();
            };
            default -> r.nextBoolean();
        };
    }

    static Map<String, Object> attrs(Random r, boolean withSeparators) {
        Map<String, Object> m = new HashMap<>();
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
            m.put(string(r, 6, withSeparators), value(r, withSeparators));
        }
        return m;
    }

    static Generated generate(Random r, int nodeCount, boolean withSeparators) {
        Set<String> keySet = new LinkedHashSet<>();
        String root = r.nextInt(3) == 0 ? string(r, 5, withSeparators) : LockFile.ROOT;
        keySet.add(root);
        while (keySet.size() < nodeCount + 1) {
            keySet.add(r.nextBoolean() ? string(r, 8, withSeparators) : "n" + keySet.size());
        }
        List<String> keys = new ArrayList<>(keySet);
        Map<String, Map<String, Edge>> inputs = new LinkedHashMap<>();
        Map<String, List<String>> pathTo = new HashMap<>();
        for (String k : keys) {
            inputs.put(k, new TreeMap<>(LockFile.KEY_ORDER));
        }
        pathTo.put(root, List.of());
        // A spanning tree from the root: node i hangs under some earlier node.
        for (int i = 1; i < keys.size(); i++) {
            String parent = keys.get(r.nextInt(i));
            String name = freshName(r, inputs.get(parent), withSeparators);
            inputs.get(parent).put(name, new NodeRef(keys.get(i)));
            List<String> p = new ArrayList<>(pathTo.get(parent));
            p.add(name);
            pathTo.put(keys.get(i), List.copyOf(p));
        }
        // Extra node edges, to any non-root node: shared nodes, cycles among non-root nodes.
        int extra = keys.size() > 1 ? r.nextInt(keys.size()) : 0;
        for (int i = 0; i < extra; i++) {
            String from = keys.get(r.nextInt(keys.size()));
            String to = keys.get(1 + r.nextInt(keys.size() - 1));
            inputs.get(from).put(freshName(r, inputs.get(from), withSeparators), new NodeRef(to));
        }
        // Follows edges along node edges from the root, so they resolve.
        List<FollowsCase> cases = new ArrayList<>();
        int follows = r.nextInt(4);
        for (int i = 0; i < follows; i++) {
            String at = root;
            List<String> path = new ArrayList<>();
            int steps = r.nextInt(4);
            for (int s = 0; s < steps; s++) {
                List<Map.Entry<String, Edge>> refs = inputs.get(at).entrySet().stream()
                        .filter(e -> e.getValue() instanceof NodeRef).toList();
                if (refs.isEmpty()) {
                    break;
                }
                Map.Entry<String, Edge> e = refs.get(r.nextInt(refs.size()));
                path.add(e.getKey());
                at = ((NodeRef) e.getValue()).key();
            }
            String host = keys.get(r.nextInt(keys.size()));
            String name = freshName(r, inputs.get(host), withSeparators);
            Follows edge = new Follows(path);
            inputs.get(host).put(name, edge);
            cases.add(new FollowsCase(host, name, edge, at));
        }
        Map<String, Node> nodes = new HashMap<>();
        for (String k : keys) {
            if (k.equals(root)) {
                nodes.put(k, Node.root(inputs.get(k)));
            } else {
                Node n = Node.locked(inputs.get(k), attrs(r, withSeparators), attrs(r, withSeparators),
                        r.nextInt(5) != 0);
                if (r.nextInt(8) == 0) {
                    List<String> parent = new ArrayList<>();
                    for (int i = r.nextInt(3); i > 0; i--) {
                        parent.add(string(r, 4, withSeparators));
                    }
                    n = n.withParent(parent);
                }
                nodes.put(k, n);
            }
        }
        return new Generated(new LockFile(root, nodes), cases, pathTo);
    }

    private static String freshName(Random r, Map<String, Edge> taken, boolean withSeparators) {
        while (true) {
            String name = r.nextBoolean() ? string(r, 5, withSeparators) : "i" + r.nextInt(100);
            if (!taken.containsKey(name)) {
                return name;
            }
        }
    }

    /** Keys renamed by a one-to-one function: the same graph under other keys. */
    static LockFile rename(LockFile l, java.util.function.UnaryOperator<String> rename) {
        Map<String, Node> nodes = new HashMap<>();
        for (Map.Entry<String, Node> e : l.nodes().entrySet()) {
            Map<String, Edge> inputs = new TreeMap<>(LockFile.KEY_ORDER);
            e.getValue().inputs().forEach((name, edge) -> inputs.put(name,
                    edge instanceof NodeRef(String key) ? new NodeRef(rename.apply(key)) : edge));
            nodes.put(rename.apply(e.getKey()), e.getValue().withInputs(inputs));
        }
        return new LockFile(rename.apply(l.root()), nodes);
    }
}
