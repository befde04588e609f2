package org.nixj.build.debian;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
 * source.
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
        BuildAttributes attributes = context.attributes();
        String name;
        String version;
        try {
            Optional<String> maybeName = attributes.string(PACKAGE);
            Optional<String> maybeVersion = attributes.string(VERSION);
            if (maybeName.isEmpty() || maybeVersion.isEmpty()) {
                return Optional.empty();
            }
            name = maybeName.get();
            version = maybeVersion.get();
        } catch (BuildFailure e) {
            context.log("apt-get download skipped: " + e.getMessage());
            return Optional.empty();
        }
        if (!name.matches("[a-z0-9][a-z0-9+.\\-]*") || !version.matches("[A-Za-z0-9.+~:\\-]+")) {
            context.log("apt-get download skipped: '" + name + "=" + version + "' is not a Debian package and version");
            return Optional.empty();
        }
        Path folder = Files.createDirectories(context.scratch().resolve("apt-download"));
        List<String> command = new ArrayList<>(aptGet);
        command.addAll(List.of("download", name + "=" + version));
        context.log("running " + String.join(" ", command));
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                context.log("apt-get: " + line);
            }
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                context.log("apt-get download did not finish in " + TIMEOUT_MINUTES + " minutes");
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while apt-get downloaded " + name + "=" + version, e);
        }
        if (process.exitValue() != 0) {
            context.log("apt-get download " + name + "=" + version + " failed (exit status " + process.exitValue() + ")");
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(name + "_")
                    && f.getFileName().toString().endsWith(".deb")).sorted().findFirst();
        }
    }
}
