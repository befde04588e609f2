package org.nixj.flake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.nixj.eval.ByteStrings;
import org.nixj.eval.Evaluator;
import org.nixj.fetch.FetchInput;
import org.nixj.fetch.FetchedTree;
import org.nixj.fetch.GitRepository;
import org.nixj.os.FileNames;
import org.nixj.store.ContentAddress;
import org.nixj.store.FileIngestionMethod;
import org.nixj.store.Store;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashFormat;

/**
 * Locks a flake's inputs as Nix does: an input whose entry in the old lock file was made from the same
 * reference keeps that entry and everything under it; any other is fetched, its locked attributes recorded,
 * and, if it is a flake, its own inputs locked in turn (with its own {@code flake.lock} as their old entries).
 * {@code follows} become edges to input paths. A {@code nixpkgs} input nixj cannot fetch is served by the
 * bundled library, which never enters the lock file written. A relative {@code path:} input ({@code ./sub})
 * is part of the flake that declares it, as in current Nix: it is not fetched on its own but locked as it is
 * written, with {@code parent} naming the declaring flake, and its source is a folder of that flake's source.
 */
final class Locker {
    private final Evaluator evaluator;
    private final LockOptions options;
    private final Consumer<String> notices;
    /** The nodes of the new lock, by key; keys are input paths, made canonical when the file is written. */
    private final Map<String, LockFile.Node> nodes = new TreeMap<>();
    /** The locked attributes the bundled library is fetched with, by the key of the node it stands in for. */
    private final Map<String, SortedMap<String, Object>> standIns = new TreeMap<>();
    private final Set<List<String>> overridesUsed = new HashSet<>();
    private boolean noticeGiven;
    /** The input types nixj's fetchers take. */
    private static final Set<String> FETCHABLE = Set.of("path", "git", "github", "gitlab", "sourcehut", "tarball", "file");
    /** The inputs fetched as a forge's archive of a commit: their locks name the commit, not the ref. */
    private static final Set<String> FORGES = Set.of("github", "gitlab", "sourcehut");

    Locker(Evaluator evaluator, LockOptions options, Consumer<String> notices) {
        this.evaluator = evaluator;
        this.options = options;
        this.notices = notices;
    }

    /**
     * The result of locking.
     *
     * @param lock the complete lock graph, stand-ins included, for evaluation
     * @param standIns locked attributes of the bundled library, by the key of each node it stands in for
     */
    record Result(LockFile lock, Map<String, SortedMap<String, Object>> standIns) {
        /** The lock file to write: without the inputs the bundled library stood in for, which nixj never invents. */
        LockFile toWrite() {
            return LockedFlake.withoutStandIns(lock, standIns.keySet());
        }
    }

    /**
     * Locks the inputs of the root flake.
     *
     * @param inputs what the root's {@code flake.nix} declares
     * @param baseDirectory where relative references of the root are relative to
     * @param rootSource the root's source in the store: its tree, and the flake's folder in it
     * @param old the lock file as it is, if there is one (and it is not to be recreated)
     */
    Result lock(Map<String, InputSpec> inputs, Path baseDirectory, FlakeSource rootSource, Optional<LockFile> old) {
        Optional<Previous> previous = old.map(lock -> new Previous(lock, lock.rootNode(), List.of()));
        Map<String, LockFile.Edge> edges = lockInputs(inputs, List.of(), previous, baseDirectory, rootSource, Map.of());
        nodes.put(LockFile.ROOT, LockFile.Node.root(edges));
        options.overrides().forEach((path, ref) -> {
            if (!overridesUsed.contains(path)) {
                notices.accept("warning: the flag '--override-input " + LockFile.printInputPath(path) + " " + ref
                        + "' does not match any input");
            }
        });
        return new Result(new LockFile(LockFile.ROOT, nodes), standIns);
    }

    /**
     * A node of an older lock graph that a flake's inputs may reuse: the root's {@code flake.lock}, or an
     * input's own one. Its {@code follows} paths are relative to {@code prefix}, the path of the flake whose
     * lock file it is.
     */
    private record Previous(LockFile lock, LockFile.Node node, List<String> prefix) {
        Optional<Previous> input(String name) {
            return node.input(name).flatMap(edge -> edge instanceof LockFile.NodeRef ref
                    ? lock.node(ref.key()).map(n -> new Previous(lock, n, prefix)) : Optional.empty());
        }
    }

    private Map<String, LockFile.Edge> lockInputs(Map<String, InputSpec> inputs, List<String> prefix,
                                                  Optional<Previous> previous, Path baseDirectory,
                                                  FlakeSource declarer, Map<String, InputSpec> overrides) {
        Map<String, LockFile.Edge> edges = new TreeMap<>();
        inputs.forEach((name, declared) -> {
            List<String> path = append(prefix, name);
            InputSpec spec = overrides.getOrDefault(name, declared);
            if (spec.follows().isPresent() && !options.overrides().containsKey(path)) {
                edges.put(name, new LockFile.Follows(spec.follows().get()));
                return;
            }
            // Overrides of this input's inputs, declared here, come with it.
            Map<String, InputSpec> nested = new TreeMap<>(declared.inputs());
            nested.putAll(spec.inputs());
            edges.put(name, new LockFile.NodeRef(lockInput(name, spec, path, previous.flatMap(p -> p.input(name)),
                    baseDirectory, declarer, nested)));
        });
        return edges;
    }

    /** Locks one input; returns the key of its node. */
    private String lockInput(String name, InputSpec spec, List<String> path, Optional<Previous> previous,
                             Path baseDirectory, FlakeSource declarer, Map<String, InputSpec> nestedOverrides) {
        FlakeRef override = options.overrides().get(path);
        if (override != null) {
            overridesUsed.add(path);
        }
        Optional<String> relative = override == null ? relativePath(spec) : Optional.empty();
        FlakeRef ref = override != null ? override
                : relative.isPresent() ? FlakeRef.fromAttrs(Map.of("type", "path", "path", relative.get()))
                : reference(name, spec, baseDirectory);
        String key = String.join("/", path);
        if (override == null && !options.recreateLockFile() && !options.updates().contains(path) && previous.isPresent()
                && previous.get().node().original().map(original -> original.equals(new TreeMap<>(ref.toAttrs()))).orElse(false)) {
            copy(previous.get(), key, path);
            return key;
        }
        LockFile.Node node;
        FlakeSource source;
        if (relative.isPresent()) {
            // Locked as written: its content is locked by the declaring flake's own lock.
            node = LockFile.Node.locked(Map.of(), ref.toAttrs(), ref.toAttrs(), spec.flake())
                    .withParent(path.subList(0, path.size() - 1));
            source = declarer.resolve(relative.get(), LockFile.printInputPath(path));
        } else {
            FetchedSource fetched = fetch(key, ref);
            node = LockFile.Node.locked(Map.of(), fetched.locked(), ref.toAttrs(), spec.flake());
            source = new FlakeSource(fetched.storePath(), fetched.directory(evaluator));
        }
        nodes.put(key, node);
        if (spec.flake()) {
            String directory = source.directory();
            FlakeFile flake = FlakeFile.read(evaluator, directory, ref.toString());
            Optional<Previous> own = evaluator.readFileIfExists(ByteStrings.fromText(directory + "/flake.lock"))
                    .map(text -> LockFile.parse(ByteStrings.toText(text), directory + "/flake.lock"))
                    .map(lock -> new Previous(lock, lock.rootNode(), path));
            Map<String, InputSpec> declared = new TreeMap<>();
            flake.inputs().forEach((input, inputSpec) -> declared.put(input, inputSpec.relativeTo(path)));
            nodes.put(key, node.withInputs(lockInputs(declared, path, own, baseDirectory, source, nestedOverrides)));
        }
        return key;
    }

    /**
     * The path of a relative {@code path:} input ({@code "./sub"}, {@code "path:../x"}, or the attribute form),
     * or empty for any other input.
     */
    private static Optional<String> relativePath(InputSpec spec) {
        FlakeRef ref;
        if (!spec.attrs().isEmpty()) {
            ref = FlakeRef.fromAttrs(spec.attrs());
        } else if (spec.url().isPresent()) {
            ref = FlakeRef.parse(spec.url().get(), null, new FlakeRef.ParseOptions(false, spec.flake(), true));
        } else {
            return Optional.empty();
        }
        return "path".equals(ref.input().get("type")) && ref.input().get("path") instanceof String p && !p.startsWith("/")
                ? Optional.of(p) : Optional.empty();
    }

    /** Copies an entry of an older lock, and what it leads to, under {@code key}. */
    private void copy(Previous previous, String key, List<String> path) {
        LockFile.Node node = previous.node();
        if (node.parent().isPresent()) {
            // An input's own lock names parents from its root: from ours they are under the input.
            node = node.withParent(concat(previous.prefix(), node.parent().get()));
        }
        Map<String, LockFile.Edge> edges = new TreeMap<>();
        node.inputs().forEach((input, edge) -> {
            switch (edge) {
                case LockFile.NodeRef ref -> {
                    String childKey = key + "/" + input;
                    copy(new Previous(previous.lock(), previous.lock().node(ref.key()).orElseThrow(), previous.prefix()),
                            childKey, append(path, input));
                    edges.put(input, new LockFile.NodeRef(childKey));
                }
                case LockFile.Follows follows -> edges.put(input, new LockFile.Follows(concat(previous.prefix(), follows.path())));
            }
        });
        nodes.put(key, node.withInputs(edges));
    }

    /** An input's reference: its URL, its attributes, or its name as an indirect reference. */
    private static FlakeRef reference(String name, InputSpec spec, Path baseDirectory) {
        if (!spec.attrs().isEmpty()) {
            return FlakeRef.fromAttrs(spec.attrs());
        }
        return FlakeRef.parse(spec.url().orElse("flake:" + name), baseDirectory);
    }

    /**
     * A flake's source: the tree in the store it is part of, and the flake's folder in that tree (the tree
     * itself, or a folder of it for {@code ?dir=} and relative inputs).
     */
    record FlakeSource(String tree, String directory) {
        /** The folder a relative path input of this flake names; it must stay inside the tree. */
        FlakeSource resolve(String relativePath, String input) {
            String folder = FlakeRef.canonPath(directory + "/" + relativePath, false);
            if (!folder.equals(tree) && !folder.startsWith(tree + "/")) {
                throw new FlakeException("relative path '" + relativePath + "' of input '" + input
                        + "' points outside of its parent's store path '" + tree + "'");
            }
            return new FlakeSource(tree, folder);
        }
    }

    /** A fetched input: its locked attributes and its tree in the store. */
    private record FetchedSource(SortedMap<String, Object> locked, String storePath, String subdir) {
        String directory(Evaluator evaluator) {
            return subdir.isEmpty() ? storePath : storePath + "/" + subdir;
        }
    }

    private FetchedSource fetch(String key, FlakeRef declared) {
        // An indirect reference the registries know stands for its target; one they do not know stays
        // indirect (and only nixpkgs can then be served, by the bundled library).
        FlakeRef ref = declared.isIndirect() ? options.registry().resolve(declared).orElse(declared) : declared;
        if (isNixpkgs(ref)) {
            Optional<FetchedSource> bundled = standIn(key, ref);
            if (bundled.isPresent()) {
                return bundled.get();
            }
        }
        if (ref.isIndirect()) {
            throw new FlakeException("cannot find flake '" + ref + "' in the flake registries");
        }
        if (!FETCHABLE.contains(String.valueOf(ref.input().get("type")))) {
            throw new FlakeException("cannot fetch unsupported input '"
                    + new com.google.gson.GsonBuilder().disableHtmlEscaping().create().toJson(ref.input()) + "'");
        }
        FetchedTree tree = evaluator.fetch(ref.toFetchInput());
        SortedMap<String, Object> locked = lockedAttrs(ref, tree);
        localGitBranch(ref).ifPresent(branch -> locked.putIfAbsent("ref", branch));
        return new FetchedSource(locked, evaluator.printStorePath(tree.path()), ref.subdir());
    }

    /** A local Git input locked without a ref records the branch its HEAD is on, as Nix does. */
    private static Optional<String> localGitBranch(FlakeRef ref) {
        Object url = ref.input().get("url");
        if (!"git".equals(ref.input().get("type")) || ref.input().containsKey("ref") || ref.input().containsKey("rev")
                || !(url instanceof String u) || !u.startsWith("file://")) {
            return Optional.empty();
        }
        return GitRepository.open(FileNames.of(ParsedUrl.percentDecode(u.substring("file://".length())))).headBranch();
    }

    /** The bundled library in place of {@code nixpkgs}, when nixj has one and the real one cannot be had. */
    private Optional<FetchedSource> standIn(String key, FlakeRef ref) {
        if (options.bundledNixpkgs().isEmpty()) {
            return Optional.empty();
        }
        // The real nixpkgs only when its locked tree is in the store already: nixj never downloads it, since
        // builds need the bundled package set (Debian's packages), which the real one does not have.
        if (!ref.isIndirect() && lockedTreeInStore(ref)) {
            FetchedTree tree = evaluator.fetch(ref.toFetchInput());
            return Optional.of(new FetchedSource(lockedAttrs(ref, tree), evaluator.printStorePath(tree.path()), ref.subdir()));
        }
        Path bundled = options.bundledNixpkgs().get().get();
        FlakeRef local = FlakeRef.fromAttrs(Map.of("type", "path", "path", bundled.toString()));
        FetchedTree tree = evaluator.fetch(local.toFetchInput());
        SortedMap<String, Object> locked = lockedAttrs(local, tree);
        standIns.put(key, locked);
        if (!noticeGiven) {
            noticeGiven = true;
            notices.accept("nixj: serving input '" + ref + "' with nixj's bundled nixpkgs-compatible library");
        }
        return Optional.of(new FetchedSource(locked, evaluator.printStorePath(tree.path()), ""));
    }

    /** Whether {@code ref} is locked by a NAR hash whose tree the store has. */
    private boolean lockedTreeInStore(FlakeRef ref) {
        FetchInput input = ref.toFetchInput();
        Optional<Hash> narHash = input.narHash();
        if (narHash.isEmpty() || !input.isLocked()) {
            return false;
        }
        Store store = evaluator.store();
        return store.isValid(store.directory().makeFixedOutputPath("source",
                new ContentAddress(FileIngestionMethod.NIX_ARCHIVE, narHash.get())));
    }

    /** {@code nixpkgs}: {@code flake:nixpkgs/...} or {@code github:NixOS/nixpkgs/...}. */
    private static boolean isNixpkgs(FlakeRef ref) {
        Map<String, Object> attrs = ref.input();
        return "indirect".equals(attrs.get("type")) && "nixpkgs".equals(attrs.get("id"))
                || "github".equals(attrs.get("type")) && "NixOS".equalsIgnoreCase(String.valueOf(attrs.get("owner")))
                && "nixpkgs".equals(attrs.get("repo"));
    }

    /** What the lock file records of a fetched input: the reference made exact by what the fetch found. */
    static SortedMap<String, Object> lockedAttrs(FlakeRef ref, FetchedTree tree) {
        SortedMap<String, Object> locked = new TreeMap<>(ref.input());
        if (FORGES.contains(String.valueOf(locked.get("type")))) {
            locked.remove("ref");
        }
        locked.put("narHash", tree.narHash().format(HashFormat.SRI, true));
        tree.lastModified().ifPresent(time -> locked.put("lastModified", time));
        tree.rev().ifPresent(rev -> locked.put("rev", rev));
        tree.revCount().ifPresent(count -> locked.put("revCount", count));
        tree.dirtyRev().ifPresent(dirty -> {
            locked.put("dirtyRev", dirty);
            locked.put("dirtyShortRev", dirty.substring(0, 7) + "-dirty");
        });
        if (!ref.subdir().isEmpty()) {
            locked.put("dir", ref.subdir());
        }
        return locked;
    }

    private static List<String> append(List<String> path, String name) {
        List<String> longer = new ArrayList<>(path);
        longer.add(name);
        return List.copyOf(longer);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> both = new ArrayList<>(a);
        both.addAll(b);
        return List.copyOf(both);
    }
}
