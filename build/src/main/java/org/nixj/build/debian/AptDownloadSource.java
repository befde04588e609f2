package org.nixj.build.debian;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.nixj.build.builder.BuildAttributes;
import org.nixj.build.builder.BuildContext;
import org.nixj.build.builder.BuildFailure;
import org.nixj.build.builder.LocalSource;

/**
 * The host's apt as a source of {@code .deb} files: {@code apt-get download NAME=VERSION} into the build's scratch
 * folder, for a {@code builtin:fetchurl} derivation that carries the attributes {@value #PACKAGE} (the Debian
 * package name) and {@value #VERSION} (its full version, epoch included). apt fetches from the sources it is set
 * up with and checks the file against its signed lists; the fetch checks the derivation's hash all the same.
 * A failure (apt missing or not set up, the version gone from the lists) is logged and passes to the next
 * source. Before a build, {@link #prefetch} downloads all the packages it will need in one run.
 */
public final class AptDownloadSource implements LocalSource {
    /** The attribute that names the Debian package of a {@code .deb} download. */
    public static final String PACKAGE = "debianPackage";
    /** The attribute that gives the Debian version (epoch included) of a {@code .deb} download. */
    public static final String VERSION = "debianVersion";
    /** The attribute that gives the {@code .deb}'s size in bytes, as its pin records it (for {@code --dry-run}). */
    public static final String SIZE = "debianSize";

    private static final long TIMEOUT_MINUTES = 30;

    private final List<String> aptGet;

    /** @param aptGet the command that runs {@code apt-get} (a program and its leading arguments) */
    public AptDownloadSource(List<String> aptGet) {
        this.aptGet = List.copyOf(aptGet);
    }

    /** The host's {@code apt-get}, if it is installed and has package lists; empty otherwise. */
    public static Optional<AptDownloadSource> host() throws IOException {
        Path program = Path.of("/usr/bin/apt-get");
        if (!Files.isExecutable(program) || PackageLists.find(PackageLists.APT_LISTS).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AptDownloadSource(List.of(program.toString(), "-q")));
    }

    @Override
    public Optional<Path> find(String url, BuildContext context) throws IOException {
        Optional<Wanted> wanted = wanted(context.attributes(), context::log);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Path folder = Files.createDirectories(context.scratch().resolve("apt-download"));
        if (!download(List.of(wanted.get()), folder, context::log)) {
            return Optional.empty();
        }
        return wanted.get().downloadedIn(folder);
    }

    /**
     * Downloads every Debian package among {@code downloads} with one {@code apt-get download}: starting apt
     * once instead of once per package saves about a second each (a system has hundreds). When that run fails
     * (a version gone from apt's lists, say), every download is left to {@link #find}, package by package.
     */
    @Override
    public List<Download> prefetch(List<Download> downloads, Path folder, Consumer<String> log) throws IOException {
        Map<Download, Wanted> wanted = new LinkedHashMap<>();
        for (Download download : downloads) {
            wanted(download.attributes(), log).ifPresent(w -> wanted.put(download, w));
        }
        if (wanted.size() < 2) {
            return downloads;
        }
        Path aptFolder = Files.createDirectories(folder.resolve("apt-download"));
        log.accept("fetching " + wanted.size() + " Debian packages with one apt-get download");
        if (!download(List.copyOf(new LinkedHashSet<>(wanted.values())), aptFolder, log)) {
            return downloads;
        }
        List<Download> left = new ArrayList<>();
        for (Download download : downloads) {
            Optional<Path> file = wanted.containsKey(download) ? wanted.get(download).downloadedIn(aptFolder) : Optional.empty();
            if (file.isPresent()) {
                // Copied, not moved: two derivations may name one file.
                Files.copy(file.get(), download.target(), StandardCopyOption.REPLACE_EXISTING);
            } else {
                left.add(download);
            }
        }
        return left;
    }

    /** A Debian package and version to download, as a derivation's attributes name it. */
    private record Wanted(String name, String version) {
        /** The file apt-get wrote for it in {@code folder}: {@code NAME_VERSION_ARCH.deb}, the epoch's colon as {@code %3a}. */
        Optional<Path> downloadedIn(Path folder) throws IOException {
            String prefix = name + "_" + version.replace(":", "%3a") + "_";
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(f -> f.getFileName().toString().startsWith(prefix)
                        && f.getFileName().toString().endsWith(".deb")).sorted().findFirst();
            }
        }
    }

    /** The package and version {@code attributes} name, when they name a valid one. */
    private static Optional<Wanted> wanted(BuildAttributes attributes, Consumer<String> log) {
        Optional<String> name;
        Optional<String> version;
        try {
            name = attributes.string(PACKAGE);
            version = attributes.string(VERSION);
        } catch (BuildFailure e) {
            log.accept("apt-get download skipped: " + e.getMessage());
            return Optional.empty();
        }
        if (name.isEmpty() || version.isEmpty()) {
            return Optional.empty();
        }
        if (!name.get().matches("[a-z0-9][a-z0-9+.\\-]*") || !version.get().matches("[A-Za-z0-9.+~:\\-]+")) {
            log.accept("apt-get download skipped: '" + name.get() + "=" + version.get() + "' is not a Debian package and version");
            return Optional.empty();
        }
        return Optional.of(new Wanted(name.get(), version.get()));
    }

    /** Runs {@code apt-get download} of {@code packages} in {@code folder}; true when it succeeded. */
    private boolean download(List<Wanted> packages, Path folder, Consumer<String> log) throws IOException {
        List<String> command = new ArrayList<>(aptGet);
        command.add("download");
        packages.forEach(p -> command.add(p.name() + "=" + p.version()));
        String what = packages.size() == 1 ? packages.getFirst().name() + "=" + packages.getFirst().version()
                : packages.size() + " packages";
        log.accept("running " + (packages.size() == 1 ? String.join(" ", command) : String.join(" ", aptGet) + " download (" + what + ")"));
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                log.accept("apt-get: " + line);
            }
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                log.accept("apt-get download did not finish in " + TIMEOUT_MINUTES + " minutes");
                return false;
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while apt-get downloaded " + what, e);
        }
        if (process.exitValue() != 0) {
            log.accept("apt-get download " + what + " failed (exit status " + process.exitValue() + ")");
            return false;
        }
        return true;
    }
}
