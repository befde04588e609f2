package org.nixj.flake;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.nixj.eval.ByteStrings;
import org.nixj.eval.Evaluator;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.Value;
import org.nixj.fetch.FetchedTree;
import org.nixj.fetch.GitRepository;
import org.nixj.os.FileNames;
import org.nixj.source.Source;

/**
 * Flakes for one evaluator: load a flake, lock its inputs (writing {@code flake.lock} as Nix does), and
 * evaluate it or an installable of it.
 *
 * <pre>{@code
 * Flakes flakes = new Flakes(evaluator, LockOptions.defaults(), System.err::println);
 * Value hostName = flakes.evaluate(Installable.parse(".#nixosConfigurations.rescue.config.networking.hostName"),
 *         Path.of("."), "x86_64-linux");
 * }</pre>
 */
public final class Flakes {
    /** Where positions in nixj's flake-calling code point. */
    private static final String CALL_FLAKE_FILE = "\u00abnixj-internal\u00bb/call-flake.nix";

    private final Evaluator evaluator;
    private final LockOptions options;
    private final Consumer<String> notices;
    private Value callFlake;

    /**
     * @param notices where warnings and notices go, a line each ({@code warning: creating lock file ...})
     */
    public Flakes(Evaluator evaluator, LockOptions options, Consumer<String> notices) {
        this.evaluator = evaluator;
        this.options = options;
        this.notices = notices;
    }

    /** Loads the flake {@code ref} names and locks its inputs, writing its lock file if that changed. */
    public LockedFlake lock(FlakeRef original) {
        FlakeRef ref = options.registry().resolve(original)
                .orElseThrow(() -> new FlakeException("cannot find flake '" + original + "' in the flake registries"));
        FetchedTree tree = evaluator.fetch(ref.toFetchInput());
        String storePath = evaluator.printStorePath(tree.path());
        String directory = ref.subdir().isEmpty() ? storePath : storePath + "/" + ref.subdir();
        checkTracked(ref, directory);
        FlakeFile flake = FlakeFile.read(evaluator, directory, ref.toString());
        Optional<LockFile> old = evaluator.readFileIfExists(ByteStrings.fromText(directory + "/flake.lock"))
                .map(text -> LockFile.parse(ByteStrings.toText(text), localDirectory(ref).map(d -> d.resolve("flake.lock").toString())
                        .orElse(directory + "/flake.lock")));
        Path base = localDirectory(ref).orElse(Path.of("/"));
        Locker.Result locked = new Locker(evaluator, options, notices)
                .lock(flake.inputs(), base, new Locker.FlakeSource(storePath, directory),
                        options.recreateLockFile() ? Optional.empty() : old);
        LockFile toWrite = locked.toWrite();
        toWrite.check();
        // No lock file is the same as one without inputs: a flake without inputs needs none.
        LockFile before = old.orElseGet(LockFile::empty);
        if (!before.sameLocks(toWrite) && !options.updateLockFile()) {
            throw new FlakeException("flake '" + ref + "' requires lock file changes but they're not allowed due to"
                    + " '--no-update-lock-file'");
        }
        if (!before.sameLocks(toWrite) && writeLockFile(ref, old, toWrite)) {
            // The source now holds the new lock file: the flake is that source.
            tree = evaluator.fetch(ref.toFetchInput());
        }
        return new LockedFlake(original, ref, flake.description(), evaluator.printStorePath(tree.path()), Locker.lockedAttrs(ref, tree),
                locked.lock(), locked.standIns(), flake.nixConfig());
    }

    /**
     * {@code ref} resolved through the registries and fetched: the exact reference to what it denotes now, as
     * {@code nix registry pin} records it.
     */
    public FlakeRef lockReference(FlakeRef ref) {
        FlakeRef resolved = options.registry().resolve(ref)
                .orElseThrow(() -> new FlakeException("cannot find flake '" + ref + "' in the flake registries"));
        FetchedTree tree = evaluator.fetch(resolved.toFetchInput());
        return new FlakeRef(new TreeMap<>(Locker.lockedAttrs(resolved, tree)), "");
    }

    /** The flake as its {@code self} is: its outputs, with its source information, inputs and outputs. */
    public Value evaluate(LockedFlake flake) {
        Map<String, Object> overrides = new TreeMap<>(flake.standIns());
        overrides.put(flake.lock().root(), flake.rootLocked());
        String overridesText = new GsonBuilder().disableHtmlEscaping().create().toJson(overrides);
        NixAttrs args = NixAttrs.builder(3)
                .put("fetchFinalTree", evaluator.fetchFinalTree())
                .put("lockFileText", NixString.of(ByteStrings.fromText(flake.lock().write())))
                .put("overridesText", NixString.of(ByteStrings.fromText(overridesText)))
                .build();
        return evaluator.force(evaluator.call(callFlake(), args));
    }

    /**
     * The value of {@code installable}, as {@code nix eval} finds it: its flake (relative references are
     * relative to {@code workingDirectory}) loaded, locked and evaluated, then its attribute looked up in the
     * flake's outputs in Nix's order for {@code system}.
     */
    public Value evaluate(Installable installable, Path workingDirectory, String system) {
        noticeSearchingUp(installable.flakeRef(), workingDirectory);
        FlakeRef ref = FlakeRef.parse(installable.flakeRef(), workingDirectory);
        LockedFlake locked = lock(ref);
        // As Nix does for installables, the flake's nixConfig is weighed before it is evaluated.
        NixConfig.apply(locked.nixConfig(), options.acceptFlakeConfig(), notices);
        NixAttrs self = (NixAttrs) evaluate(locked);
        Value outputs = evaluator.force(self.get("outputs"));
        return OutputLookup.find(evaluator, outputs, installable.attrPathCandidates(system), ref.toString());
    }

    /** A bare path to a directory without {@code flake.nix} is searched upwards from; Nix says so. */
    private void noticeSearchingUp(String text, Path workingDirectory) {
        if (!(text.startsWith(".") || text.startsWith("/")) || text.contains("?")) {
            return;
        }
        Path directory = workingDirectory.resolve(FileNames.of(text)).normalize();
        if (Files.isDirectory(directory) && !Files.exists(directory.resolve("flake.nix"))) {
            notices.accept("path '" + FileNames.text(directory) + "' does not contain a 'flake.nix', searching up");
        }
    }

    private Value callFlake() {
        if (callFlake == null) {
            byte[] code;
            try (InputStream in = Flakes.class.getResourceAsStream("call-flake.nix")) {
                code = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            callFlake = evaluator.evaluate(Source.ofFile(CALL_FLAKE_FILE, code));
        }
        return callFlake;
    }

    /**
     * A Git flake whose {@code flake.nix} Git does not track is invisible to Nix: say so, and how to fix it,
     * as Nix does, instead of "no such file".
     */
    private void checkTracked(FlakeRef ref, String directory) {
        if (!"git".equals(ref.input().get("type")) || evaluator.readFileIfExists(ByteStrings.fromText(directory + "/flake.nix")).isPresent()) {
            return;
        }
        Optional<Path> root = localRoot(ref);
        Optional<Path> local = localDirectory(ref).map(d -> d.resolve("flake.nix"));
        if (root.isPresent() && local.isPresent() && Files.exists(local.get())) {
            String relative = root.get().relativize(local.get()).toString();
            throw new FlakeException("Path '" + relative + "' in the repository \"" + root.get()
                    + "\" is not tracked by Git.\n\nTo make it visible to Nix, run:\n\ngit -C \"" + root.get() + "\" add \""
                    + relative + "\"");
        }
    }

    private static String withChanges(String message, List<String> changes) {
        return changes.isEmpty() ? message : message + ":\n" + String.join("\n", changes);
    }

    /** The directory on this machine a reference to a local flake names ({@code path:} and {@code git+file:}). */
    private static Optional<Path> localDirectory(FlakeRef ref) {
        return localRoot(ref).map(root -> ref.subdir().isEmpty() ? root : root.resolve(ref.subdir()));
    }

    /** The local tree a {@code path:} or {@code git+file:} reference names, before its subdirectory. */
    private static Optional<Path> localRoot(FlakeRef ref) {
        Map<String, Object> input = ref.input();
        Object type = input.get("type");
        if ("path".equals(type)) {
            return Optional.of(FileNames.of((String) input.get("path")));
        }
        if ("git".equals(type) && String.valueOf(input.get("url")).startsWith("file://")) {
            // The URL's path is percent-encoded where the name is not ASCII.
            return Optional.of(FileNames.of(ParsedUrl.percentDecode(String.valueOf(input.get("url")).substring("file://".length()))));
        }
        return Optional.empty();
    }

    /**
     * Writes {@code lock} next to a local flake's {@code flake.nix}, atomically, and says so as Nix does;
     * returns whether it wrote it.
     */
    private boolean writeLockFile(FlakeRef ref, Optional<LockFile> old, LockFile lock) {
        boolean exists = old.isPresent();
        List<String> changes = LockDiff.lines(old.orElseGet(LockFile::empty), lock);
        Optional<Path> directory = localDirectory(ref);
        if (!options.writeLockFile() || directory.isEmpty()) {
            notices.accept(withChanges("warning: not writing modified lock file of flake '" + ref + "'", changes));
            return false;
        }
        Path file = directory.get().resolve("flake.lock");
        String name = FileNames.text(file);
        // Current Nix quotes the file's name as a path ("…"), and lists the inputs of a new lock file too (after
        // ": " and a line break, even when there are none).
        String quoted = '"' + name + '"';
        notices.accept(exists ? withChanges("warning: updating lock file " + quoted, changes)
                : "warning: creating lock file " + quoted + ": \n" + String.join("\n", changes));
        try {
            Path temp = Files.createTempFile(directory.get(), ".flake.lock", ".tmp");
            try {
                Files.writeString(temp, lock.canonical().write(), StandardCharsets.UTF_8);
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
            if ("git".equals(ref.input().get("type")) && !exists) {
                // A file Git does not track is not part of the flake: the new lock file must be.
                GitRepository.open(localRoot(ref).orElseThrow()).intendToAdd(file);
            }
        } catch (IOException e) {
            throw new FlakeException("cannot write lock file '" + name + "': " + e.getMessage(), e);
        }
        return true;
    }
}
