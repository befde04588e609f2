package org.nixj.flake;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A {@code flake.lock}: the graph of locked flake inputs, as Nix reads and writes it (format version 7).
 *
 * <p>The graph has a root node (the flake itself) and one node per locked input; every node maps input names to
 * {@linkplain Edge edges}. An edge is either a {@linkplain NodeRef node key} or a {@linkplain Follows follows path},
 * a list of input names walked from the root node. A {@code LockFile} is immutable; it keeps the node keys it was
 * made with. Nix itself keeps no keys: when it writes a lock file it names the nodes afresh ({@link #canonical()}),
 * so a lock file that Nix wrote reads back with the very keys Nix gives it, and {@link #write()} reproduces it byte
 * for byte.
 *
 * <p>Two {@code LockFile}s are {@linkplain #equals equal} when they have the same root key and the same nodes under
 * the same keys (the version of the file they were read from does not count: Nix writes every lock file as version
 * 7). Nix decides whether a lock file changed by comparing what it would write, that is the {@link #canonical()}
 * forms; {@link #sameLocks} does that.
 *
 * <p>Reading accepts what current Nix accepts: versions 5, 6 and 7 ({@link #MIN_VERSION} to {@link #VERSION}).
 * Version 5 kept {@code lastModified} and {@code narHash} in a node attribute {@code info} beside {@code locked};
 * reading merges {@code info} into {@code locked} (its attributes win), as Nix does for any version, so the model
 * (and what {@link #write()} writes) is version 7. Versions 6 and 7 read alike; Nix's reader notes that only from
 * version 7 on are cycles between nodes impossible except through {@code follows}, so an older file may have nodes
 * that reach each other by plain node keys, which the model keeps (only an edge back to the root is refused).
 */
public final class LockFile {
    /** The version {@link #write()} writes, and the newest one {@link #parse} reads. */
    public static final int VERSION = 7;
    /** The oldest version {@link #parse} reads. */
    public static final int MIN_VERSION = 5;
    /** The key Nix gives the root node. */
    public static final String ROOT = "root";

    /** The order of keys in Nix's JSON objects (a {@code std::map} of UTF-8 strings): by code point. */
    public static final Comparator<String> KEY_ORDER = LockFile::compareCodePoints;

    /** The order of input attribute paths in Nix ({@code std::vector<std::string>} compared element by element). */
    public static final Comparator<List<String>> PATH_ORDER = LockFile::comparePaths;

    /** An edge from a node to one of its inputs. */
    public sealed interface Edge permits NodeRef, Follows {
        /** An edge to the node with this key. */
        static NodeRef node(String key) {
            return new NodeRef(key);
        }

        /** An edge that follows this path of input names from the root node. */
        static Follows follows(List<String> path) {
            return new Follows(path);
        }

        /** An edge that follows this path of input names from the root node. */
        static Follows follows(String... path) {
            return new Follows(List.of(path));
        }
    }

    /** An input locked by the node with key {@code key}; written as that key. */
    public record NodeRef(String key) implements Edge {
        public NodeRef {
            requireText(key, "node key");
        }

        @Override
        public String toString() {
            return quote(key);
        }
    }

    /**
     * An input that is whatever the input attribute path {@code path} (input names from the root node) is, e.g.
     * {@code inputs.b.inputs.c.follows = "c"} gives b's node the input {@code c} that follows {@code ["c"]}; the
     * empty path is the root flake itself. Written as a JSON array.
     */
    public record Follows(List<String> path) implements Edge {
        public Follows {
            path = List.copyOf(path);
            for (String s : path) {
                requireText(s, "follows path element");
            }
        }

        @Override
        public String toString() {
            return "follows '" + printInputPath(path) + "'";
        }
    }

    /**
     * A node of the lock graph.
     *
     * @param inputs   the node's inputs by name, in {@link #KEY_ORDER}
     * @param locked   the locked flake reference as attributes ({@code type}, {@code narHash}, {@code rev}, ...),
     *                 values {@link String}, {@link Long} (an unsigned 64-bit number, as Nix keeps them) or
     *                 {@link Boolean}; empty for the root node
     * @param original the flake reference as the flake gave it, as attributes; empty for the root node
     * @param flake    false for an input with {@code flake = false} (written only then); true for the root node
     * @param parent   the input attribute path of the node relative to which a relative {@code path:} input is
     *                 interpreted (current Nix writes it for such inputs; Nix 2.8 neither writes nor reads it)
     */
    public record Node(SortedMap<String, Edge> inputs, Optional<SortedMap<String, Object>> locked,
                       Optional<SortedMap<String, Object>> original, boolean flake, Optional<List<String>> parent) {
        public Node {
            inputs = sortedCopy(inputs, "input name");
            locked = locked.map(m -> attrs(m, "locked"));
            original = original.map(m -> attrs(m, "original"));
            parent = parent.map(List::copyOf);
            parent.ifPresent(p -> p.forEach(s -> requireText(s, "parent path element")));
            if (locked.isPresent() != original.isPresent()) {
                throw new FlakeException("a lock file node needs both 'locked' and 'original', or neither (the root)");
            }
            if (locked.isEmpty() && (!flake || parent.isPresent())) {
                throw new FlakeException("the root node of a lock file (no 'locked') cannot have 'flake = false' or"
                        + " 'parent'");
            }
        }

        /** The root node: only inputs. */
        public static Node root(Map<String, ? extends Edge> inputs) {
            return new Node(new TreeMap<>(inputs), Optional.empty(), Optional.empty(), true, Optional.empty());
        }

        /** A locked input that is a flake. */
        public static Node locked(Map<String, ? extends Edge> inputs, Map<String, ?> locked, Map<String, ?> original) {
            return locked(inputs, locked, original, true);
        }

        /** A locked input; {@code flake} false for {@code flake = false}. */
        public static Node locked(Map<String, ? extends Edge> inputs, Map<String, ?> locked, Map<String, ?> original,
                                  boolean flake) {
            return new Node(new TreeMap<>(inputs), Optional.of(attrs(locked, "locked")),
                    Optional.of(attrs(original, "original")), flake, Optional.empty());
        }

        /** This node with {@code parent} set. */
        public Node withParent(List<String> parent) {
            return new Node(inputs, locked, original, flake, Optional.of(parent));
        }

        /** This node with other inputs. */
        public Node withInputs(Map<String, ? extends Edge> inputs) {
            return new Node(new TreeMap<>(inputs), locked, original, flake, parent);
        }

        /** Whether this is a root node (no {@code locked}, no {@code original}). */
        public boolean isRoot() {
            return locked.isEmpty();
        }

        /** The input called {@code name}. */
        public Optional<Edge> input(String name) {
            return Optional.ofNullable(inputs.get(name));
        }
    }

    private final String root;
    private final SortedMap<String, Node> nodes;
    private final int sourceVersion;

    /**
     * A lock file with root node {@code root} and these nodes by key. The root key must name a root node (no
     * {@code locked}, no {@code original}) and every other node must be locked; every {@link NodeRef} must name a
     * non-root node, and every node must be reachable from the root by {@link NodeRef}s (Nix keeps no other nodes).
     * {@link Follows} paths are not checked here; {@link #check()} does.
     */
    public LockFile(String root, Map<String, Node> nodes) {
        this(root, nodes, VERSION);
    }

    private LockFile(String root, Map<String, Node> nodes, int sourceVersion) {
        this.root = requireText(root, "root node key");
        this.nodes = sortedCopy(nodes, "node key");
        this.sourceVersion = sourceVersion;
        Node r = this.nodes.get(root);
        if (r == null) {
            throw new FlakeException("lock file has no root node '" + root + "'");
        }
        if (!r.isRoot()) {
            throw new FlakeException("the root node '" + root + "' of a lock file has 'locked' and 'original'");
        }
        Set<String> reached = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        reached.add(root);
        todo.push(root);
        while (!todo.isEmpty()) {
            String key = todo.pop();
            for (Edge e : this.nodes.get(key).inputs().values()) {
                if (e instanceof NodeRef(String target)) {
                    Node n = this.nodes.get(target);
                    if (n == null) {
                        throw new FlakeException("lock file references missing node '" + target + "'");
                    }
                    if (target.equals(root)) {
                        throw new FlakeException("lock file contains cycle to root node");
                    }
                    if (n.isRoot()) {
                        throw new FlakeException("lock file node '" + target + "' has no 'locked' and 'original'");
                    }
                    if (reached.add(target)) {
                        todo.push(target);
                    }
                }
            }
        }
        for (Map.Entry<String, Node> e : this.nodes.entrySet()) {
            if (!reached.contains(e.getKey())) {
                throw new FlakeException("lock file node '" + e.getKey() + "' is not reachable from the root node");
            }
        }
    }

    /** The lock file of a flake without inputs: just the root node {@code "root"}. */
    public static LockFile empty() {
        return new LockFile(ROOT, Map.of(ROOT, Node.root(Map.of())));
    }

    /** The lock file with root key {@code "root"}, this root node and these other nodes. */
    public static LockFile of(Node rootNode, Map<String, Node> lockedNodes) {
        Map<String, Node> all = new HashMap<>(lockedNodes);
        if (all.put(ROOT, rootNode) != null) {
            throw new FlakeException("a locked node has the root key '" + ROOT + "'");
        }
        return new LockFile(ROOT, all);
    }

    // ---------------------------------------------------------------------------------------------- accessors

    /** The format version of the model and of what {@link #write()} writes: always {@value #VERSION}. */
    public int version() {
        return VERSION;
    }

    /** The version of the file this was read from (5, 6 or 7); {@value #VERSION} for one made otherwise. */
    public int sourceVersion() {
        return sourceVersion;
    }

    /** The key of the root node. */
    public String root() {
        return root;
    }

    /** All nodes by key, in {@link #KEY_ORDER}. */
    public SortedMap<String, Node> nodes() {
        return nodes;
    }

    /** The node with key {@code key}. */
    public Optional<Node> node(String key) {
        return Optional.ofNullable(nodes.get(key));
    }

    /** The root node. */
    public Node rootNode() {
        return nodes.get(root);
    }

    // --------------------------------------------------------------------------------------------- resolving

    /**
     * The key of the node an edge leads to: a {@link NodeRef}'s key, or the node a {@link Follows} path reaches
     * from the root (the root's key for the empty path).
     *
     * @throws FlakeException "follows a non-existent input '…'" when the path leads nowhere, "follow cycle
     *                        detected: [a -> b -> a]" when it follows itself
     */
    public String resolve(Edge edge) {
        return switch (edge) {
            case NodeRef(String key) -> {
                if (!nodes.containsKey(key)) {
                    throw new FlakeException("lock file references missing node '" + key + "'");
                }
                yield key;
            }
            case Follows(List<String> path) -> findInput(path).orElseThrow(() -> new FlakeException(
                    "follows a non-existent input '" + printInputPath(path) + "'"));
        };
    }

    /**
     * The key of the node that input attribute path {@code inputPath} (e.g. {@code ["b", "c"]}: input c of input
     * b of the root) leads to, following {@code follows} on the way; the root's key for the empty path.
     *
     * @throws FlakeException "input 'b/c' does not exist", "input 'b/c' follows a non-existent input '…'", or
     *                        "follow cycle detected: […]"
     */
    public String resolveInput(List<String> inputPath) {
        if (inputPath.isEmpty()) {
            return root;
        }
        List<String> parentPath = inputPath.subList(0, inputPath.size() - 1);
        String name = inputPath.getLast();
        Edge edge = findInput(parentPath).map(nodes::get).flatMap(n -> n.input(name)).orElseThrow(
                () -> new FlakeException("input '" + printInputPath(inputPath) + "' does not exist"));
        if (edge instanceof Follows(List<String> path)) {
            return findInput(path).orElseThrow(() -> new FlakeException(
                    "input '" + printInputPath(inputPath) + "' follows a non-existent input '"
                            + printInputPath(path) + "'"));
        }
        return resolve(edge);
    }

    /**
     * Nix's {@code findInput}: the key of the node that input attribute path {@code inputPath} leads to from the
     * root, following {@code follows} on the way; empty when an input on the way does not exist.
     *
     * <p>A {@code follows} path that, being resolved, needs itself is a cycle: {@code "follow cycle detected: [a
     * -> b -> a]"}, the message of Nix. (Nix remembers every follows path it resolved for one look-up, not just the
     * ones it is still resolving, so it also reports a cycle when the same follows path is merely met twice; this
     * reports only real cycles.)
     */
    public Optional<String> findInput(List<String> inputPath) {
        return find(List.copyOf(inputPath), new ArrayList<>());
    }

    private Optional<String> find(List<String> path, List<List<String>> resolving) {
        int at = resolving.indexOf(path);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>();
            for (List<String> p : resolving.subList(at, resolving.size())) {
                cycle.add(printInputPath(p));
            }
            cycle.add(printInputPath(path));
            throw new FlakeException("follow cycle detected: [" + String.join(" -> ", cycle) + "]");
        }
        resolving.add(path);
        try {
            String pos = root;
            for (String name : path) {
                Edge e = nodes.get(pos).inputs().get(name);
                if (e == null) {
                    return Optional.empty();
                }
                switch (e) {
                    case NodeRef(String key) -> pos = key;
                    case Follows(List<String> target) -> {
                        Optional<String> found = find(target, resolving);
                        if (found.isEmpty()) {
                            return found;
                        }
                        pos = found.get();
                    }
                }
            }
            return Optional.of(pos);
        } finally {
            resolving.removeLast();
        }
    }

    /**
     * Nix's {@code getAllInputs}: every input attribute path reachable from the root by node edges, with its edge,
     * in {@link #PATH_ORDER}. A node met again (a node shared in a version 6 file) is not walked twice.
     */
    public SortedMap<List<String>, Edge> allInputs() {
        SortedMap<List<String>, Edge> all = new TreeMap<>(PATH_ORDER);
        Set<String> done = new HashSet<>();
        Deque<Map.Entry<List<String>, String>> todo = new ArrayDeque<>();
        todo.push(Map.entry(List.of(), root));
        // Nix walks depth first in input order, so the first path that meets a node is the one that walks it.
        while (!todo.isEmpty()) {
            var next = todo.pop();
            if (!done.add(next.getValue())) {
                continue;
            }
            List<Map.Entry<List<String>, String>> children = new ArrayList<>();
            for (Map.Entry<String, Edge> i : nodes.get(next.getValue()).inputs().entrySet()) {
                List<String> p = append(next.getKey(), i.getKey());
                all.putIfAbsent(p, i.getValue());
                if (i.getValue() instanceof NodeRef(String key)) {
                    children.add(Map.entry(p, key));
                }
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
        return Collections.unmodifiableSortedMap(all);
    }

    /**
     * Nix's {@code LockFile::check}: every non-empty {@code follows} path reachable from the root leads to a node.
     *
     * @throws FlakeException "input 'b/c' follows a non-existent input 'x'", or "follow cycle detected: […]"
     */
    public void check() {
        for (Map.Entry<List<String>, Edge> e : allInputs().entrySet()) {
            if (e.getValue() instanceof Follows(List<String> path) && !path.isEmpty() && findInput(path).isEmpty()) {
                throw new FlakeException("input '" + printInputPath(e.getKey()) + "' follows a non-existent input '"
                        + printInputPath(path) + "'");
            }
        }
    }

    // ------------------------------------------------------------------------------------------ canonical form

    /**
     * This lock file with the node keys Nix gives when it writes it: the root is {@code "root"}; walking depth
     * first from the root, inputs in {@link #KEY_ORDER}, each node not yet named gets the name of the input that
     * reaches it, or that name with {@code _2}, {@code _3}, ... when it is taken. {@code canonical().write()} is
     * what Nix writes for this graph.
     */
    public LockFile canonical() {
        Map<String, String> newKeys = new HashMap<>();
        Set<String> taken = new HashSet<>();
        Map<String, Node> out = new HashMap<>();
        name(ROOT, root, newKeys, taken, out);
        return new LockFile(ROOT, out, sourceVersion);
    }

    private String name(String wanted, String key, Map<String, String> newKeys, Set<String> taken,
                        Map<String, Node> out) {
        String done = newKeys.get(key);
        if (done != null) {
            return done;
        }
        String k = wanted;
        for (int n = 2; !taken.add(k); n++) {
            k = wanted + "_" + n;
        }
        newKeys.put(key, k);
        Node node = nodes.get(key);
        Map<String, Edge> inputs = new TreeMap<>(KEY_ORDER);
        for (Map.Entry<String, Edge> i : node.inputs().entrySet()) {
            inputs.put(i.getKey(), i.getValue() instanceof NodeRef(String target)
                    ? new NodeRef(name(i.getKey(), target, newKeys, taken, out))
                    : i.getValue());
        }
        out.put(k, node.withInputs(inputs));
        return k;
    }

    /** Whether Nix would consider the two lock files the same: whether they write the same canonical JSON. */
    public boolean sameLocks(LockFile other) {
        return canonical().equals(other.canonical());
    }

    // -------------------------------------------------------------------------------------------------- write

    /**
     * The lock file as JSON, exactly as Nix writes {@code flake.lock} (nlohmann's {@code dump(2)} and a final
     * newline): two-space indentation, keys in {@link #KEY_ORDER}, {@code "key": value}, one array element per
     * line, {@code {}} and {@code []} when empty, non-ASCII characters as they are. Nodes keep their keys: for what
     * Nix would write after reading some lock file, write its {@link #canonical()} form.
     */
    public String write() {
        SortedMap<String, Object> nodesJson = new TreeMap<>(KEY_ORDER);
        for (Map.Entry<String, Node> e : nodes.entrySet()) {
            Node n = e.getValue();
            SortedMap<String, Object> json = new TreeMap<>(KEY_ORDER);
            if (!n.inputs().isEmpty()) {
                SortedMap<String, Object> inputs = new TreeMap<>(KEY_ORDER);
                for (Map.Entry<String, Edge> i : n.inputs().entrySet()) {
                    inputs.put(i.getKey(), switch (i.getValue()) {
                        case NodeRef(String key) -> key;
                        case Follows(List<String> path) -> path;
                    });
                }
                json.put("inputs", inputs);
            }
            n.locked().ifPresent(m -> json.put("locked", m));
            n.original().ifPresent(m -> json.put("original", m));
            if (!n.flake()) {
                json.put("flake", false);
            }
            n.parent().ifPresent(p -> json.put("parent", p));
            nodesJson.put(e.getKey(), json);
        }
        SortedMap<String, Object> top = new TreeMap<>(KEY_ORDER);
        top.put("nodes", nodesJson);
        top.put("root", root);
        top.put("version", (long) VERSION);
        StringBuilder sb = new StringBuilder();
        dump(sb, top, 0);
        return sb.append('\n').toString();
    }

    private static void dump(StringBuilder sb, Object value, int indent) {
        switch (value) {
            case Map<?, ?> m -> {
                if (m.isEmpty()) {
                    sb.append("{}");
                    return;
                }
                sb.append("{\n");
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!first) {
                        sb.append(",\n");
                    }
                    first = false;
                    sb.repeat(' ', indent + 2);
                    string(sb, (String) e.getKey());
                    sb.append(": ");
                    dump(sb, e.getValue(), indent + 2);
                }
                sb.append('\n').repeat(' ', indent).append('}');
            }
            case List<?> l -> {
                if (l.isEmpty()) {
                    sb.append("[]");
                    return;
                }
                sb.append("[\n");
                boolean first = true;
                for (Object o : l) {
                    if (!first) {
                        sb.append(",\n");
                    }
                    first = false;
                    sb.repeat(' ', indent + 2);
                    dump(sb, o, indent + 2);
                }
                sb.append('\n').repeat(' ', indent).append(']');
            }
            case String s -> string(sb, s);
            case Long n -> sb.append(Long.toUnsignedString(n));
            case Boolean b -> sb.append(b);
            default -> throw new IllegalStateException("not a JSON value: " + value);
        }
    }

    /** A JSON string as nlohmann writes it without {@code ensure_ascii}. */
    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    // -------------------------------------------------------------------------------------------------- parse

    /** {@link #parse(String, String)} with the path {@code flake.lock} in messages. */
    public static LockFile parse(String json) {
        return parse(json, "flake.lock");
    }

    /**
     * Reads a lock file as current Nix reads it; {@code path} names it in messages. Nodes not reachable from the
     * root are ignored, as Nix ignores them; a file without the root node has a root without inputs, as in Nix.
     *
     * @throws FlakeException "Could not parse '…': …" for text that is not JSON, "lock file '…' has unsupported
     *                        version N" for a version other than 5, 6 and 7, and a message naming the node and
     *                        the attribute for JSON that is not a lock file
     */
    public static LockFile parse(String json, String path) {
        JsonElement top = readJson(json, path);
        if (!(top instanceof JsonObject file)) {
            throw new FlakeException("lock file '" + path + "' is not a JSON object");
        }
        int version = version(file.get("version"), path);
        if (version < MIN_VERSION || version > VERSION) {
            throw new FlakeException("lock file '" + path + "' has unsupported version " + version);
        }
        if (!(file.get("root") instanceof JsonPrimitive r && r.isString())) {
            throw new FlakeException("lock file '" + path + "' has no string 'root'");
        }
        String rootKey = r.getAsString();
        JsonElement nodesJson = file.get("nodes");
        JsonObject jsonNodes;
        if (nodesJson == null || nodesJson.isJsonNull()) {
            jsonNodes = new JsonObject();
        } else if (nodesJson instanceof JsonObject o) {
            jsonNodes = o;
        } else {
            throw new FlakeException("lock file '" + path + "' has 'nodes' that is not an object");
        }

        Map<String, Node> nodes = new HashMap<>();
        // Like Nix: read the nodes the root reaches, each once, from the root.
        Map<String, Map<String, Edge>> inputsOf = new HashMap<>();
        Deque<String> todo = new ArrayDeque<>();
        inputsOf.put(rootKey, inputs(jsonNodes, rootKey, path));
        todo.push(rootKey);
        while (!todo.isEmpty()) {
            String key = todo.pop();
            for (Edge e : inputsOf.get(key).values()) {
                if (e instanceof NodeRef(String target)) {
                    if (target.equals(rootKey)) {
                        throw new FlakeException("lock file contains cycle to root node");
                    }
                    if (!inputsOf.containsKey(target)) {
                        if (!jsonNodes.has(target)) {
                            throw new FlakeException("lock file references missing node '" + target + "'");
                        }
                        inputsOf.put(target, inputs(jsonNodes, target, path));
                        todo.push(target);
                    }
                }
            }
        }
        for (Map.Entry<String, Map<String, Edge>> e : inputsOf.entrySet()) {
            String key = e.getKey();
            if (key.equals(rootKey)) {
                nodes.put(key, Node.root(e.getValue()));
            } else {
                nodes.put(key, lockedNode(jsonNodes.getAsJsonObject(key), key, e.getValue(), path));
            }
        }
        return new LockFile(rootKey, nodes, version);
    }

    private static JsonElement readJson(String json, String path) {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        if (text.isBlank()) {
            throw new FlakeException("Could not parse '" + path + "': no JSON value, only white space");
        }
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            JsonElement e = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("more text after the JSON value at " + reader.getPath());
            }
            return e;
        } catch (JsonParseException | IOException | IllegalStateException e) {
            String msg = e.getMessage();
            if (e.getCause() != null && e.getCause().getMessage() != null) {
                msg = e.getCause().getMessage();
            }
            throw new FlakeException("Could not parse '" + path + "': " + msg, e);
        }
    }

    private static int version(JsonElement v, String path) {
        if (v == null || v.isJsonNull()) {
            return 0;
        }
        if (!(v instanceof JsonPrimitive p && p.isNumber())) {
            throw new FlakeException("lock file '" + path + "' has a 'version' that is not a number");
        }
        BigInteger n = wholeNumber(p.getAsString());
        return n.bitLength() < 32 ? n.intValue() : Integer.MAX_VALUE;
    }

    private static Map<String, Edge> inputs(JsonObject jsonNodes, String key, String path) {
        JsonElement node = jsonNodes.get(key);
        if (node == null || node.isJsonNull()) {
            return Map.of();
        }
        if (!(node instanceof JsonObject o)) {
            throw new FlakeException("lock file '" + path + "': node '" + key + "' is not an object");
        }
        JsonElement inputs = o.get("inputs");
        if (inputs == null) {
            return Map.of();
        }
        if (!(inputs instanceof JsonObject io)) {
            throw new FlakeException("lock file '" + path + "': 'inputs' of node '" + key + "' is not an object");
        }
        Map<String, Edge> edges = new TreeMap<>(KEY_ORDER);
        for (Map.Entry<String, JsonElement> i : io.entrySet()) {
            JsonElement v = i.getValue();
            if (v instanceof JsonArray a) {
                List<String> follows = new ArrayList<>();
                for (JsonElement x : a) {
                    if (!(x instanceof JsonPrimitive p && p.isString())) {
                        throw new FlakeException("lock file '" + path + "': input '" + i.getKey() + "' of node '"
                                + key + "' follows a path with an element that is not a string");
                    }
                    follows.add(p.getAsString());
                }
                edges.put(i.getKey(), new Follows(follows));
            } else if (v instanceof JsonPrimitive p && p.isString()) {
                edges.put(i.getKey(), new NodeRef(p.getAsString()));
            } else {
                throw new FlakeException("lock file '" + path + "': input '" + i.getKey() + "' of node '" + key
                        + "' is neither a node key nor a follows path");
            }
        }
        return edges;
    }

    private static Node lockedNode(JsonObject o, String key, Map<String, Edge> inputs, String path) {
        SortedMap<String, Object> locked = attrs(o, "locked", key, path);
        // Version 5 kept some locked attributes (lastModified, narHash) apart, in 'info'. Nix merges it whatever
        // the version says.
        if (o.has("info")) {
            locked.putAll(attrs(o, "info", key, path));
        }
        SortedMap<String, Object> original = attrs(o, "original", key, path);
        boolean flake = true;
        JsonElement f = o.get("flake");
        if (f != null) {
            if (!(f instanceof JsonPrimitive p && p.isBoolean())) {
                throw new FlakeException("lock file '" + path + "': 'flake' of node '" + key + "' is not a Boolean");
            }
            flake = p.getAsBoolean();
        }
        Optional<List<String>> parent = Optional.empty();
        JsonElement pj = o.get("parent");
        if (pj != null) {
            List<String> pp = new ArrayList<>();
            if (pj instanceof JsonArray a) {
                for (JsonElement x : a) {
                    if (!(x instanceof JsonPrimitive p && p.isString())) {
                        pp = null;
                        break;
                    }
                    pp.add(p.getAsString());
                }
            } else {
                pp = null;
            }
            if (pp == null) {
                throw new FlakeException("lock file '" + path + "': 'parent' of node '" + key
                        + "' is not a list of input names");
            }
            parent = Optional.of(pp);
        }
        return new Node(new TreeMap<>(inputs), Optional.of(locked), Optional.of(original), flake, parent);
    }

    private static SortedMap<String, Object> attrs(JsonObject o, String attr, String key, String path) {
        JsonElement a = o.get(attr);
        if (a == null) {
            throw new FlakeException("attribute '" + attr + "' missing in lock file");
        }
        if (!(a instanceof JsonObject ao)) {
            throw new FlakeException("lock file '" + path + "': '" + attr + "' of node '" + key
                    + "' is not an object");
        }
        SortedMap<String, Object> m = new TreeMap<>(KEY_ORDER);
        for (Map.Entry<String, JsonElement> e : ao.entrySet()) {
            if (!(e.getValue() instanceof JsonPrimitive p)) {
                throw new FlakeException("unsupported input attribute type in lock file");
            }
            if (p.isString()) {
                m.put(e.getKey(), p.getAsString());
            } else if (p.isBoolean()) {
                m.put(e.getKey(), p.getAsBoolean());
            } else {
                // Nix reads every number as a uint64_t: a negative one wraps around, a fraction is cut off.
                BigInteger n = wholeNumber(p.getAsString());
                if (n.bitLength() > 64 || (n.signum() < 0 && n.bitLength() > 63)) {
                    throw new FlakeException("lock file '" + path + "': attribute '" + e.getKey() + "' of node '"
                            + key + "' is out of range");
                }
                m.put(e.getKey(), n.longValue());
            }
        }
        return m;
    }

    // -------------------------------------------------------------------------------------------------- misc

    /**
     * A JSON number's whole part. Plain digits (every number Nix writes) are read directly: BigDecimal's first
     * use costs a run about 15 ms of class initialisation.
     */
    private static BigInteger wholeNumber(String json) {
        if (json.length() <= 18 && !json.isEmpty() && json.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return BigInteger.valueOf(Long.parseLong(json));
        }
        return new BigDecimal(json).toBigInteger();
    }

    /** An input attribute path as Nix prints it: names joined by {@code /}. */
    public static String printInputPath(List<String> path) {
        return String.join("/", path);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LockFile l && root.equals(l.root) && nodes.equals(l.nodes);
    }

    @Override
    public int hashCode() {
        return root.hashCode() * 31 + nodes.hashCode();
    }

    /** The JSON as {@link #write()} writes it. */
    @Override
    public String toString() {
        return write();
    }

    private static List<String> append(List<String> path, String name) {
        List<String> p = new ArrayList<>(path.size() + 1);
        p.addAll(path);
        p.add(name);
        return List.copyOf(p);
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    private static int comparePaths(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compareCodePoints(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static <V> SortedMap<String, V> sortedCopy(Map<String, V> map, String what) {
        TreeMap<String, V> m = new TreeMap<>(KEY_ORDER);
        for (Map.Entry<String, V> e : map.entrySet()) {
            m.put(requireText(e.getKey(), what), Objects.requireNonNull(e.getValue(), what));
        }
        return Collections.unmodifiableSortedMap(m);
    }

    private static SortedMap<String, Object> attrs(Map<String, ?> map, String what) {
        TreeMap<String, Object> m = new TreeMap<>(KEY_ORDER);
        for (Map.Entry<String, ?> e : map.entrySet()) {
            requireText(e.getKey(), what + " attribute name");
            Object v = switch (e.getValue()) {
                case String s -> requireText(s, what + " attribute '" + e.getKey() + "'");
                case Boolean b -> b;
                case Long l -> l;
                case Integer i -> (long) i;
                case Short s -> (long) s;
                case Byte b -> (long) b;
                case null -> throw new FlakeException(what + " attribute '" + e.getKey() + "' is null");
                default -> throw new FlakeException(what + " attribute '" + e.getKey()
                        + "' is not a string, an integer or a Boolean: " + e.getValue().getClass().getName());
            };
            m.put(e.getKey(), v);
        }
        return Collections.unmodifiableSortedMap(m);
    }

    /** Non-null, and valid Unicode (no unpaired surrogate), since a lock file is UTF-8. */
    private static String requireText(String s, String what) {
        if (s == null) {
            throw new FlakeException("a lock file " + what + " is null");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new FlakeException("a lock file " + what + " is not valid Unicode: " + quote(s));
            }
        }
        return s;
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c) || c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return "'" + sb + "'";
    }
}
