package org.nixj.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.nixj.build.builder.BuildAttributes;
import org.nixj.build.builder.BuildContext;
import org.nixj.build.builder.BuildFailure;
import org.nixj.build.builder.Builder;
import org.nixj.store.ATermParser;
import org.nixj.store.BadStorePathException;
import org.nixj.store.Derivation;
import org.nixj.store.DerivationOutput;
import org.nixj.store.FileIngestionMethod;
import org.nixj.store.FileKind;
import org.nixj.store.Nar;
import org.nixj.store.References;
import org.nixj.store.Store;
import org.nixj.store.StorePath;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashException;
import org.nixj.store.hash.HashFormat;

/**
 * Makes derivation outputs valid, as Nix's local build does: reads the {@code .drv} files, plans the builds whose
 * outputs are missing, runs them in dependency order (independent ones in parallel, up to {@link
 * BuildOptions#jobs()}), and registers each output with the references found in it, atomically. A failed or
 * cancelled build leaves no valid output and no temporary files.
 *
 * <p>Two realisers (in one process or two) may build the same derivation at once: both succeed, and the
 * output registered first is kept.
 */
public final class Realiser {
    private final Store store;
    private final Builders builders;
    private final BuildOptions options;
    private final Consumer<BuildEvent> listener;
    private final Map<StorePath, Derivation> derivations = new ConcurrentHashMap<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile ExecutorService running;

    /**
     * @param listener receives progress events, from the building threads
     */
    public Realiser(Store store, Builders builders, BuildOptions options, Consumer<BuildEvent> listener) {
        this.store = store;
        this.builders = builders;
        this.options = options;
        this.listener = listener;
    }

    /** The builds {@code goals} need, without running any. */
    public Plan plan(Collection<BuildGoal> goals) throws BuildException {
        Planner planner = new Planner();
        for (BuildGoal goal : goals) {
            planner.visit(goal.drvPath(), goal.outputs());
        }
        return new Plan(planner.order);
    }

    /**
     * Builds what {@code goals} need and returns, for each goal, the store path of each output it wants.
     *
     * @throws BuildException naming every build that failed (and those that could not start because of it)
     */
    public Map<BuildGoal, SortedMap<String, StorePath>> realise(Collection<BuildGoal> goals) throws BuildException {
        Plan plan = plan(goals);
        checkBuilders(plan);
        execute(plan);
        Map<BuildGoal, SortedMap<String, StorePath>> results = new LinkedHashMap<>();
        for (BuildGoal goal : goals) {
            SortedMap<String, StorePath> all = outputPaths(goal.drvPath());
            SortedMap<String, StorePath> wanted = new TreeMap<>();
            for (String output : goal.outputs().isEmpty() ? all.keySet() : goal.outputs()) {
                StorePath path = all.get(output);
                if (!store.isValid(path)) {
                    throw new BuildException("output '" + output + "' of '" + print(goal.drvPath()) + "' is not valid after building it");
                }
                wanted.put(output, path);
            }
            results.put(goal, Collections.unmodifiableSortedMap(wanted));
        }
        return results;
    }

    /**
     * Stops a realisation running on another thread: no new build starts, running builders are interrupted,
     * and this returns once they have cleaned up (so that a Ctrl-C handler can wait for it).
     */
    public void cancel() {
        cancelled.set(true);
        ExecutorService pool = running;
        if (pool != null) {
            pool.shutdownNow();
            try {
                pool.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The output paths of the derivation at {@code drvPath}, by output name. */
    public SortedMap<String, StorePath> outputPaths(StorePath drvPath) throws BuildException {
        Derivation drv = derivation(drvPath);
        SortedMap<String, StorePath> paths = new TreeMap<>();
        for (Map.Entry<String, DerivationOutput> output : drv.outputs().entrySet()) {
            if (output.getValue() instanceof DerivationOutput.Deferred) {
                throw new BuildException("cannot build '" + print(drvPath)
                        + "': content-addressed derivations (output '" + output.getKey() + "') are not supported by nixj");
            }
            paths.put(output.getKey(), drv.outputPath(store.directory(), output.getKey()));
        }
        return paths;
    }

    /** The derivation stored at {@code drvPath}, read once. */
    public Derivation derivation(StorePath drvPath) throws BuildException {
        Derivation known = derivations.get(drvPath);
        if (known != null) {
            return known;
        }
        if (!store.isValid(drvPath)) {
            throw new BuildException("path '" + print(drvPath) + "' is not valid");
        }
        String name = drvPath.name().substring(0, drvPath.name().length() - StorePath.DRV_EXTENSION.length());
        try {
            String text = Files.readString(store.physical(drvPath), StandardCharsets.ISO_8859_1);
            Derivation drv = ATermParser.parse(store.directory(), name, text);
            derivations.put(drvPath, drv);
            return drv;
        } catch (IOException e) {
            throw new BuildException("reading '" + print(drvPath) + "': " + e.getMessage());
        } catch (ATermParser.BadDerivationException | BadStorePathException | HashException e) {
            throw new BuildException("reading '" + print(drvPath) + "': " + e.getMessage());
        }
    }

    /**
     * Refuses, before anything runs, a plan with a derivation whose builder nixj does not have: finding out after
     * an hour of building what could have been known at once helps nobody.
     */
    private void checkBuilders(Plan plan) throws BuildException {
        // For each build, one build that needs it: the way up to what was asked for, for the message.
        Map<StorePath, StorePath> neededBy = new HashMap<>();
        plan.dependencies().forEach((build, dependencies) -> dependencies.forEach(d -> neededBy.putIfAbsent(d, build)));
        List<String> errors = new ArrayList<>();
        for (StorePath drvPath : plan.builds()) {
            Derivation drv = derivation(drvPath);
            if (builders.lookup(drv.builder()).isEmpty()) {
                errors.add(unsupportedBuilder(drvPath, drv, neededBy));
            }
        }
        if (!errors.isEmpty()) {
            throw new BuildException(errors);
        }
    }

    private String unsupportedBuilder(StorePath drvPath, Derivation drv, Map<StorePath, StorePath> neededBy)
            throws BuildException {
        StringBuilder reason = new StringBuilder("its builder '").append(drv.builder())
                .append("' is not one nixj can run (nixj runs only its own builders: ").append(builders.names())
                .append("; derivations with other builders, such as nixpkgs' shell scripts, cannot be built yet)");
        for (StorePath up = neededBy.get(drvPath); up != null; up = neededBy.get(up)) {
            reason.append("\nNeeded by '").append(print(up)).append("'");
        }
        return cannotBuild(drvPath, outputPaths(drvPath), reason.toString());
    }

    /** Finds the derivations to build, depth first, so that each is added after its dependencies. */
    private final class Planner {
        final Map<StorePath, SortedSet<StorePath>> order = new LinkedHashMap<>();
        final Map<StorePath, Set<String>> checked = new HashMap<>();

        /** Whether {@code drvPath} must be built for {@code wanted} (all outputs when empty). */
        boolean visit(StorePath drvPath, Set<String> wanted) throws BuildException {
            if (order.containsKey(drvPath)) {
                return true;
            }
            SortedMap<String, StorePath> outputs = outputPaths(drvPath);
            Set<String> seen = checked.computeIfAbsent(drvPath, d -> new HashSet<>());
            boolean missing = false;
            for (String output : wanted.isEmpty() ? outputs.keySet() : wanted) {
                StorePath path = outputs.get(output);
                if (path == null) {
                    throw new BuildException("derivation '" + print(drvPath) + "' does not have wanted outputs '" + output + "'");
                }
                if (seen.add(output) && !store.isValid(path)) {
                    missing = true;
                }
            }
            if (!missing) {
                return false;
            }
            Derivation drv = derivation(drvPath);
            SortedSet<StorePath> dependencies = new TreeSet<>();
            for (Map.Entry<StorePath, SortedSet<String>> input : drv.inputDrvs().entrySet()) {
                if (visit(input.getKey(), input.getValue())) {
                    dependencies.add(input.getKey());
                }
            }
            for (StorePath source : drv.inputSrcs()) {
                if (!store.isValid(source)) {
                    throw new BuildException("path '" + print(source) + "', an input of '" + print(drvPath) + "', is not valid");
                }
            }
            order.put(drvPath, dependencies);
            return true;
        }
    }

    private void execute(Plan plan) throws BuildException {
        if (plan.isEmpty()) {
            return;
        }
        // What builders prepare for all their builds at once, kept while the builds run.
        Path prepared;
        try {
            prepared = store.temporaryPath();
            Files.createDirectories(prepared);
        } catch (IOException e) {
            throw new BuildException("cannot create a temporary folder in the store: " + e.getMessage());
        }
        try {
            prepare(plan, prepared);
            run(plan, prepared);
        } finally {
            deleteQuietly(prepared);
        }
    }

    /** Lets each builder prepare the builds it will run (Builder.prepare), each in a folder of its own. */
    private void prepare(Plan plan, Path prepared) throws BuildException {
        Map<Builder, List<Builder.Pending>> byBuilder = new LinkedHashMap<>();
        for (StorePath drvPath : plan.builds()) {
            Derivation drv = derivation(drvPath);
            Builder builder = builders.lookup(drv.builder()).orElse(null);
            if (builder == null) {
                continue; // checkBuilders refused the plan already
            }
            try {
                byBuilder.computeIfAbsent(builder, b -> new ArrayList<>())
                        .add(new Builder.Pending(drvPath, drv, BuildAttributes.of(drv.env()), outputPaths(drvPath)));
            } catch (BuildFailure e) {
                // the build itself reports its bad attributes
            }
        }
        for (Map.Entry<Builder, List<Builder.Pending>> entry : byBuilder.entrySet()) {
            String name = entry.getKey().name();
            Consumer<String> log = line -> listener.accept(new BuildEvent.Prepared(name, line));
            try {
                Path folder = Files.createDirectories(prepared.resolve(name));
                entry.getKey().prepare(List.copyOf(entry.getValue()), folder, log);
            } catch (IOException | RuntimeException e) {
                log.accept("preparing the builds failed, so each goes its own way: " + e.getMessage());
            }
            if (cancelled.get() || Thread.currentThread().isInterrupted()) {
                throw new BuildException("interrupted by the user");
            }
        }
    }

    /** Runs the plan's builds, each once its dependencies succeeded, up to the allowed number at once. */
    private void run(Plan plan, Path prepared) throws BuildException {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.jobs(), plan.builds().size()), task -> {
            Thread thread = new Thread(task, "nixj-build-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        running = pool;
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean failed = new AtomicBoolean();
        Map<StorePath, CompletableFuture<Boolean>> succeeded = new HashMap<>();
        try {
            for (Map.Entry<StorePath, SortedSet<StorePath>> build : plan.dependencies().entrySet()) {
                List<CompletableFuture<Boolean>> dependencies = build.getValue().stream().map(succeeded::get).toList();
                StorePath drvPath = build.getKey();
                CompletableFuture<Boolean> result = CompletableFuture
                        .allOf(dependencies.toArray(CompletableFuture[]::new))
                        .thenApplyAsync(ignored -> {
                            long failedDependencies = dependencies.stream().filter(d -> !d.join()).count();
                            if (failedDependencies > 0) {
                                if (options.keepGoing()) {
                                    fail(drvPath, failedDependencies + (failedDependencies == 1 ? " dependency" : " dependencies")
                                            + " failed.", errors);
                                }
                                return false;
                            }
                            if (cancelled.get() || (failed.get() && !options.keepGoing())) {
                                return false;
                            }
                            try {
                                build(drvPath, prepared);
                                return true;
                            } catch (BuildException e) {
                                failed.set(true);
                                errors.addAll(e.errors());
                                listener.accept(new BuildEvent.Failed(drvPath, e.getMessage()));
                                return false;
                            }
                        }, pool);
                succeeded.put(drvPath, result);
            }
            CompletableFuture.allOf(succeeded.values().toArray(CompletableFuture[]::new)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            throw new BuildException("interrupted by the user");
        } catch (ExecutionException e) {
            throw new BuildException("internal error while building: " + e.getCause());
        } finally {
            pool.shutdownNow();
            running = null;
        }
        if (cancelled.get()) {
            throw new BuildException("interrupted by the user");
        }
        if (!errors.isEmpty()) {
            throw new BuildException(errors);
        }
    }

    private void fail(StorePath drvPath, String reason, List<String> errors) {
        String error;
        try {
            error = cannotBuild(drvPath, outputPaths(drvPath), reason);
        } catch (BuildException e) {
            error = e.getMessage();
        }
        errors.add(error);
        listener.accept(new BuildEvent.Failed(drvPath, error));
    }

    /** Builds one derivation whose dependencies are valid; {@code prepared} is the builders' preparations. */
    private void build(StorePath drvPath, Path prepared) throws BuildException {
        Derivation drv = derivation(drvPath);
        SortedMap<String, StorePath> outputPaths = outputPaths(drvPath);
        if (outputPaths.values().stream().allMatch(store::isValid)) {
            return; // another realiser built it meanwhile
        }
        Builder builder = builders.lookup(drv.builder()).orElse(null);
        if (builder == null) {
            throw new BuildException(unsupportedBuilder(drvPath, drv, Map.of()));
        }
        listener.accept(new BuildEvent.Started(drvPath));
        Map<String, Path> temporaries = new TreeMap<>();
        Path scratch = null;
        try {
            for (String output : outputPaths.keySet()) {
                temporaries.put(output, store.temporaryPath());
            }
            scratch = store.temporaryPath();
            Files.createDirectories(scratch);
            BuildContext context = new BuildContext(drvPath, drv, BuildAttributes.of(drv.env()), store, outputPaths,
                    temporaries, scratch, prepared.resolve(builder.name()),
                    line -> listener.accept(new BuildEvent.Log(drvPath, line)));
            builder.build(context);
            register(drvPath, drv, outputPaths, temporaries);
        } catch (BuildFailure e) {
            throw new BuildException(cannotBuild(drvPath, outputPaths, "builder failed: " + e.getMessage()));
        } catch (IOException e) {
            if (cancelled.get()) {
                throw new BuildException("interrupted by the user");
            }
            throw new BuildException(cannotBuild(drvPath, outputPaths, "builder failed: I/O error: " + e.getMessage()));
        } catch (RuntimeException e) {
            throw new BuildException(cannotBuild(drvPath, outputPaths, "builder failed: internal error: " + e));
        } finally {
            temporaries.values().forEach(Realiser::deleteQuietly);
            if (scratch != null) {
                deleteQuietly(scratch);
            }
        }
        listener.accept(new BuildEvent.Finished(drvPath));
    }

    /** Checks the outputs a builder wrote, then registers each with its references. */
    private void register(StorePath drvPath, Derivation drv, SortedMap<String, StorePath> outputPaths,
                          Map<String, Path> temporaries) throws BuildException, IOException {
        for (Map.Entry<String, StorePath> output : outputPaths.entrySet()) {
            if (!Files.exists(temporaries.get(output.getKey()), LinkOption.NOFOLLOW_LINKS)) {
                throw new BuildException("builder for '" + print(drvPath) + "' failed to produce output path for output '"
                        + output.getKey() + "' at '" + print(output.getValue()) + "'");
            }
        }
        if (drv.isFixedOutput()) {
            DerivationOutput.Fixed fixed = (DerivationOutput.Fixed) drv.outputs().get("out");
            Path built = temporaries.get("out");
            Hash expected = fixed.ca().hash();
            Hash got = fixed.ca().method() == FileIngestionMethod.FLAT
                    ? flatHash(drvPath, built, expected)
                    : Nar.hash(built, expected.algorithm()).hash();
            if (!got.equals(expected)) {
                throw new BuildException("hash mismatch in fixed-output derivation '" + print(drvPath) + "':\n  specified: "
                        + expected.format(HashFormat.SRI, true) + "\n     got:    " + got.format(HashFormat.SRI, true));
            }
            // A fixed output is what was fetched: it may refer to nothing, whatever bytes it holds.
            store.addBuilt(outputPaths.get("out"), built, List.of());
            return;
        }
        SortedSet<StorePath> candidates = new TreeSet<>(outputPaths.values());
        candidates.addAll(inputClosure(drv));
        for (Map.Entry<String, StorePath> output : outputPaths.entrySet()) {
            Path built = temporaries.get(output.getKey());
            store.addBuilt(output.getValue(), built, References.scan(built, candidates));
        }
    }

    private Hash flatHash(StorePath drvPath, Path built, Hash expected) throws BuildException, IOException {
        if (FileKind.of(built) != FileKind.REGULAR) {
            throw new BuildException("output of fixed-output derivation '" + print(drvPath)
                    + "' with flat hashing must be a regular file");
        }
        return Nar.hashFile(built, expected.algorithm());
    }

    /** Every path a build could refer to: its sources and the outputs of its inputs, with their closures. */
    private SortedSet<StorePath> inputClosure(Derivation drv) throws BuildException, IOException {
        List<StorePath> inputs = new ArrayList<>(drv.inputSrcs());
        for (Map.Entry<StorePath, SortedSet<String>> input : drv.inputDrvs().entrySet()) {
            SortedMap<String, StorePath> outputs = outputPaths(input.getKey());
            for (String output : input.getValue()) {
                inputs.add(outputs.get(output));
            }
        }
        return store.closure(inputs);
    }

    private String cannotBuild(StorePath drvPath, SortedMap<String, StorePath> outputs, String reason) {
        StringBuilder text = new StringBuilder("Cannot build '").append(print(drvPath)).append("'.\nReason: ")
                .append(reason).append("\nOutput paths:");
        outputs.values().forEach(path -> text.append("\n  ").append(print(path)));
        return text.toString();
    }

    private String print(StorePath path) {
        return store.directory().print(path);
    }

    private static void deleteQuietly(Path tree) {
        if (!Files.exists(tree, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(tree)) {
            List<Path> all = new ArrayList<>(files.toList());
            all.sort(Comparator.reverseOrder());
            for (Path file : all) {
                file.toFile().setWritable(true);
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Left under the store's temporary folder; nothing valid refers to it.
        }
    }
}
