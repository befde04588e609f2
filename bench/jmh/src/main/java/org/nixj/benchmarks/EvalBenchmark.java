package org.nixj.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.nixj.eval.IsolatedIO;
import org.nixj.eval.Evaluator;
import org.nixj.eval.value.Value;
import org.nixj.source.Source;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm evaluation of the workloads in {@code bench/eval/}: one benchmark per workload, each invocation a new
 * {@link Evaluator} (so {@code import}'s per-file cache starts empty, as in a fresh {@code nix-instantiate})
 * evaluating the file's text and forcing the result deeply, as {@code --eval --strict} does. No printing.
 *
 * <p>The workload folder, prepared by {@code bench/eval/prepare.sh} (it also writes the 1,000 files that
 * {@code import.nix} imports), is read from the system property {@value #DIR_PROPERTY}; {@code bench/eval-jmh.sh}
 * sets it. The forked JVM gets the launcher's collector. Each operation calls the API from JMH's ordinary worker
 * thread, as an embedding program would, so the evaluator moves the work to a large-stack thread itself.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC"})
public class EvalBenchmark {
    /** The system property naming the prepared workload folder. */
    public static final String DIR_PROPERTY = "nixj.bench.dir";

    private String dir;
    private String fib;
    private String foldl;
    private String attrs;
    private String sort;
    private String concat;
    private String importFiles;
    private String modules;
    private String derivations;
    private String hashtree;
    private String nixos;
    private String nixosOptions;
    /** A store of the benchmark's own, never the user's. */
    private Path storeRoot;

    @Setup
    public void readWorkloads() {
        String d = System.getProperty(DIR_PROPERTY);
        if (d == null) {
            throw new IllegalStateException("set -D" + DIR_PROPERTY + "=<folder prepared by bench/eval/prepare.sh>");
        }
        dir = Path.of(d).toAbsolutePath().normalize().toString();
        try {
            storeRoot = Files.createTempDirectory("nixj-bench-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fib = read("fib.nix");
        foldl = read("foldl.nix");
        attrs = read("attrs.nix");
        sort = read("sort.nix");
        concat = read("concat.nix");
        importFiles = read("import.nix");
        modules = read("modules.nix");
        derivations = read("derivations.nix");
        hashtree = read("hashtree.nix");
        nixos = read("nixos.nix");
        nixosOptions = read("nixosOptions.nix");
    }

    private String read(String name) {
        try {
            return Files.readString(Path.of(dir, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Value eval(String text) {
        Evaluator ev = Evaluator.builder().io(IsolatedIO.storeIn(storeRoot)).build();
        Value v = ev.evaluate(Source.ofExpression(text, dir));
        ev.forceDeep(v);
        return v;
    }

    /** The fixed cost of an evaluation: a new evaluator (builtins and all) evaluating {@code 1}. */
    @Benchmark
    public Value startup() {
        return eval("1");
    }

    @Benchmark
    public Value fib() {
        return eval(fib);
    }

    @Benchmark
    public Value foldl() {
        return eval(foldl);
    }

    @Benchmark
    public Value attrs() {
        return eval(attrs);
    }

    @Benchmark
    public Value sort() {
        return eval(sort);
    }

    @Benchmark
    public Value concat() {
        return eval(concat);
    }

    @Benchmark
    public Value importFiles() {
        return eval(importFiles);
    }

    /** The module system: lib.evalModules over 2,000 modules declaring 20,000 options, as JSON. */
    @Benchmark
    public Value modules() {
        return eval(modules);
    }

    /** The store model: 10,000 derivations in a chain and a fan, down to their .drv and output paths. */
    @Benchmark
    public Value derivations() {
        return eval(derivations);
    }

    /** The store model: a 200 MB tree added to the store with {@code builtins.path}. */
    @Benchmark
    public Value hashtree() {
        return eval(hashtree);
    }

    /** NixOS: the minimal installer's system down to its .drv path (modules-lib's modules and package set). */
    @Benchmark
    public Value nixos() {
        return eval(nixos);
    }

    /** NixOS: the minimal installer's whole option set as JSON, as options.json is made. */
    @Benchmark
    public Value nixosOptions() {
        return eval(nixosOptions);
    }
}
