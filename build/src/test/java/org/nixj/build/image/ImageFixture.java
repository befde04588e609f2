package org.nixj.build.image;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.nixj.build.BuildException;
import org.nixj.build.BuildGoal;
import org.nixj.build.BuildOptions;
import org.nixj.build.Builders;
import org.nixj.build.Realiser;
import org.nixj.build.builder.Builder;
import org.nixj.store.ATerm;
import org.nixj.store.Derivation;
import org.nixj.store.DerivationOutput;
import org.nixj.store.LocalStore;
import org.nixj.store.StoreDirectory;
import org.nixj.store.StorePath;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;

/**
 * A store for the image builders' tests: packages made from small trees, derivations with structured
 * attributes built by the realiser (so outputs are checked and registered as in a real build), and the
 * standard tools that read the images back (a test is skipped, saying why, when one is not installed).
 */
final class ImageFixture {
    /** Fills a package's folder. */
    interface Contents {
        void write(Path root) throws IOException;
    }

    final LocalStore store;
    final Path tmp;

    ImageFixture(Path tmp) {
        this.tmp = tmp;
        this.store = new LocalStore(StoreDirectory.DEFAULT, tmp.resolve("store"));
    }

    /** Adds a valid store object {@code name}, a folder, with {@code references}; returns its logical path. */
    String add(String name, Contents contents, String... references) throws IOException {
        return addObject(name, built -> {
            Files.createDirectories(built);
            contents.write(built);
        }, references);
    }

    /** Adds a valid store object {@code name} that {@code contents} writes at the path it is given (a file, a link). */
    String addObject(String name, Contents contents, String... references) throws IOException {
        Path built = store.temporaryPath();
        contents.write(built);
        StorePath path = store.directory().makeOutputPath("out", Hash.of(HashAlgorithm.SHA256, name.getBytes(StandardCharsets.UTF_8)), name);
        List<StorePath> refs = new ArrayList<>();
        for (String reference : references) {
            refs.add(store.directory().parse(reference));
        }
        store.addBuilt(path, built, refs);
        return store.directory().print(path);
    }

    /** A kernel package: {@code boot/vmlinuz-<version>} and {@code lib/modules/<version>/kernel/<name>.ko} per module. */
    String kernel(String version, Map<String, List<String>> modules) throws IOException {
        return add("linux-" + version, root -> {
            Files.createDirectories(root.resolve("boot"));
            Files.writeString(root.resolve("boot/vmlinuz-" + version), "a kernel image");
            for (Map.Entry<String, List<String>> module : modules.entrySet()) {
                FakeModules.write(root.resolve("lib/modules/" + version + "/kernel/" + module.getKey() + ".ko"),
                        module.getValue().toArray(String[]::new));
            }
        });
    }

    /** The store path the derivation {@code name} would have as output. */
    String outputOf(String name) {
        return store.directory().print(outputPath(name));
    }

    private StorePath outputPath(String name) {
        return store.directory().makeOutputPath("out", Hash.of(HashAlgorithm.SHA256, ("drv:" + name).getBytes(StandardCharsets.UTF_8)), name);
    }

    /** Builds {@code name} with {@code builder} and the structured attributes {@code attributes}; returns its output on disk. */
    Path build(Builder builder, String name, JsonObject attributes) throws BuildException, IOException {
        StorePath out = outputPath(name);
        TreeMap<String, String> env = new TreeMap<>();
        env.put("__json", attributes.toString());
        env.put("out", store.directory().print(out));
        Derivation drv = new Derivation(name, new TreeMap<>(Map.of("out", new DerivationOutput.InputAddressed(out))),
                new TreeMap<>(), new TreeSet<>(), "x86_64-linux", "builtin:" + builder.name(), List.of(), env);
        StorePath drvPath = store.addText(name + ".drv", ATerm.write(store.directory(), drv).getBytes(StandardCharsets.ISO_8859_1),
                drv.references());
        new Realiser(store, Builders.of(List.of(builder)), BuildOptions.defaults(), event -> { })
                .realise(List.of(BuildGoal.allOutputs(drvPath)));
        return store.physical(out);
    }

    /** Skips the test unless every tool is installed. */
    static void require(String... tools) {
        for (String tool : tools) {
            boolean found = false;
            for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/sbin").split(File.pathSeparator)) {
                found |= !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool));
            }
            assumeTrue(found, tool + " is not installed (scripts/test.sh lists the Debian packages)");
        }
    }

    /** Runs a command that must succeed; returns its output (stdout and stderr). */
    static String run(String... command) throws IOException, InterruptedException {
        ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true);
        process.environment().put("LC_ALL", "C");
        Process p = process.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }
}
