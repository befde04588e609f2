package org.nixj.build.builder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.nixj.fetch.Downloader;
import org.nixj.fetch.FetchException;
import org.nixj.store.ContentAddress;
import org.nixj.store.DerivationOutput;
import org.nixj.store.FileIngestionMethod;
import org.nixj.store.Nar;
import org.nixj.store.StorePath;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashFormat;

/**
 * Nix's {@code builtin:fetchurl}: writes what {@code url} names as the output {@code out}, executable when
 * {@code executable} is set. {@code mirror://NAME/PATH} URLs are tried at each configured mirror of NAME in turn,
 * after the {@link LocalSource}s. For a flat fixed-output derivation a candidate with the wrong hash is passed
 * over for the next one, so a stale local copy never hides a good mirror.
 */
public final class FetchurlBuilder implements Builder {
    /** The builder's name: derivations ask for it as {@code builtin:fetchurl}, as in Nix. */
    public static final String NAME = "fetchurl";

    private final Downloader downloader;
    private final Map<String, List<String>> mirrors;
    private final List<LocalSource> localSources;

    /**
     * @param mirrors base URLs by mirror name ({@code debian} → {@code https://deb.debian.org/debian/}, ...)
     * @param localSources where to look before downloading, in order
     */
    public FetchurlBuilder(Downloader downloader, Map<String, List<String>> mirrors, List<LocalSource> localSources) {
        this.downloader = downloader;
        this.mirrors = Map.copyOf(mirrors);
        this.localSources = List.copyOf(localSources);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void build(BuildContext context) throws BuildFailure, IOException {
        BuildAttributes attributes = context.attributes();
        String url = attributes.requireString("url");
        if (attributes.bool("unpack")) {
            throw new BuildFailure("builtin:fetchurl with 'unpack' (a NAR download) is not supported by nixj yet");
        }
        Optional<Hash> expected = expectedFlatHash(context);
        Path out = context.output("out");
        List<String> problems = new ArrayList<>();
        Path prefetched = prefetchTarget(context.prepared(), context.outputPath("out"));
        if (Files.isRegularFile(prefetched) && accept(prefetched, expected, "'" + prefetched + "'", problems, context)) {
            Files.move(prefetched, out);
            finish(out, attributes);
            return;
        }
        for (LocalSource source : localSources) {
            Optional<Path> found = source.find(url, context);
            if (found.isPresent() && accept(found.get(), expected, "'" + found.get() + "'", problems, context)) {
                Files.copy(found.get(), out, StandardCopyOption.COPY_ATTRIBUTES);
                finish(out, attributes);
                return;
            }
        }
        Path download = context.scratch().resolve("download");
        for (String candidate : candidates(url)) {
            candidate = inStore(candidate, context);
            context.log("downloading '" + candidate + "'");
            try {
                downloader.download(candidate, Optional.empty(), download);
            } catch (FetchException e) {
                problems.add(e.getMessage());
                continue;
            }
            if (accept(download, expected, "'" + candidate + "'", problems, context)) {
                Files.move(download, out);
                finish(out, attributes);
                return;
            }
        }
        throw new BuildFailure(problems.isEmpty() ? "no source for '" + url + "'" : String.join("\n", problems));
    }

    /** Offers the downloads of a realisation to the local sources, which may fetch many at once. */
    @Override
    public void prepare(List<Pending> builds, Path folder, Consumer<String> log) throws IOException {
        List<LocalSource.Download> downloads = new ArrayList<>();
        for (Pending build : builds) {
            try {
                Optional<String> url = build.attributes().string("url");
                StorePath out = build.outputPaths().get("out");
                if (url.isPresent() && out != null) {
                    downloads.add(new LocalSource.Download(url.get(), build.attributes(), prefetchTarget(folder, out)));
                }
            } catch (BuildFailure e) {
                // the build reports it
            }
        }
        for (LocalSource source : localSources) {
            if (downloads.isEmpty()) {
                return;
            }
            downloads = source.prefetch(downloads, folder, log);
        }
    }

    /** Where a prefetched copy of a download is kept: named by its output, unique in the realisation. */
    private static Path prefetchTarget(Path folder, StorePath out) {
        return folder.resolve(out.toString());
    }

    /**
     * A {@code file://} URL of a file in the store, as the file on this machine: a builder sees the store at its
     * logical place, as Nix's do (a check that fetches {@code file://${self}/data}, say). Other URLs are kept.
     */
    private static String inStore(String url, BuildContext context) {
        if (!url.startsWith("file:///")) {
            return url;
        }
        return context.store().physical(url.substring("file://".length())).map(file -> file.toUri().toString()).orElse(url);
    }

    /** The URLs to try for {@code url}: itself, or each mirror's base with the path appended. */
    List<String> candidates(String url) throws BuildFailure {
        if (!url.startsWith("mirror://")) {
            return List.of(url);
        }
        String rest = url.substring("mirror://".length());
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            throw new BuildFailure("invalid mirror URL '" + url + "'");
        }
        List<String> bases = mirrors.get(rest.substring(0, slash));
        if (bases == null || bases.isEmpty()) {
            throw new BuildFailure("no mirror is configured for '" + rest.substring(0, slash) + "' (in '" + url + "')");
        }
        String path = rest.substring(slash + 1);
        return bases.stream().map(base -> (base.endsWith("/") ? base : base + "/") + path).toList();
    }

    /** The hash of the file itself, when the derivation fixes one (a recursive hash is checked by the realiser). */
    private static Optional<Hash> expectedFlatHash(BuildContext context) {
        if (context.derivation().outputs().get("out") instanceof DerivationOutput.Fixed(ContentAddress ca)
                && ca.method() == FileIngestionMethod.FLAT) {
            return Optional.of(ca.hash());
        }
        return Optional.empty();
    }

    private static boolean accept(Path file, Optional<Hash> expected, String what, List<String> problems,
                                  BuildContext context) throws IOException {
        if (expected.isEmpty()) {
            return true;
        }
        Hash got = Nar.hashFile(file, expected.get().algorithm());
        if (got.equals(expected.get())) {
            return true;
        }
        String problem = "hash mismatch in file downloaded from " + what + ":\n  specified: "
                + expected.get().format(HashFormat.SRI, true) + "\n  got:       " + got.format(HashFormat.SRI, true);
        context.log(problem);
        problems.add(problem);
        return false;
    }

    private static void finish(Path out, BuildAttributes attributes) throws BuildFailure, IOException {
        if (attributes.bool("executable")) {
            out.toFile().setExecutable(true, false);
        }
    }
}
