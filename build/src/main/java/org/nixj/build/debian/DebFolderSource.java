package org.nixj.build.debian;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.nixj.build.builder.BuildContext;
import org.nixj.build.builder.LocalSource;
import org.nixj.store.ContentAddress;
import org.nixj.store.DerivationOutput;
import org.nixj.store.FileIngestionMethod;
import org.nixj.store.Nar;
import org.nixj.store.hash.Hash;

/**
 * Folders of {@code .deb} files (the host's {@code /var/cache/apt/archives}, folders the user names) as a source
 * of {@code builtin:fetchurl} downloads whose URL ends in a {@code .deb} file name. A file matches by name: the
 * pool name itself ({@code NAME_VERSION_ARCH.deb}, which omits the epoch), or the name apt gives a downloaded
 * file, which carries the epoch as {@code %3a} ({@code git_1%3a2.39.5-0+deb12u3_amd64.deb}). Of several such
 * files the first with the derivation's hash is offered; the fetch checks the hash of what is offered, so a
 * stale or foreign file of the same name is passed over.
 */
public final class DebFolderSource implements LocalSource {
    /** Where apt keeps the packages it downloaded. */
    public static final Path APT_ARCHIVES = Path.of("/var/cache/apt/archives");

    private final List<Path> folders;

    /** @param folders the folders to look in, in order; missing ones are skipped */
    public DebFolderSource(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    @Override
    public Optional<Path> find(String url, BuildContext context) throws IOException {
        List<Path> found = filesNamedFor(url);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        // The fetch takes one file from a source: offer the first with the fixed hash, else the first found (whose
        // mismatch the fetch then reports).
        Optional<Hash> expected = flatHash(context);
        if (expected.isPresent()) {
            for (Path candidate : found) {
                if (Nar.hashFile(candidate, expected.get().algorithm()).equals(expected.get())) {
                    context.log("found '" + candidate + "'");
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.of(found.getFirst());
    }

    /** Leaves to the later sources the downloads no file here may be (the hashes are checked when found). */
    @Override
    public List<Download> prefetch(List<Download> downloads, Path folder, Consumer<String> log) throws IOException {
        List<Download> left = new ArrayList<>();
        for (Download download : downloads) {
            if (filesNamedFor(download.url()).isEmpty()) {
                left.add(download);
            }
        }
        return left;
    }

    /** The files of the folders, in order, whose names match the {@code .deb} that {@code url} names. */
    private List<Path> filesNamedFor(String url) throws IOException {
        List<Path> found = new ArrayList<>();
        Optional<String> fileName = debFileName(url);
        if (fileName.isPresent()) {
            for (Path folder : folders) {
                for (Path candidate : candidates(folder, fileName.get())) {
                    if (Files.isRegularFile(candidate)) {
                        found.add(candidate);
                    }
                }
            }
        }
        return found;
    }

    private static Optional<Hash> flatHash(BuildContext context) {
        if (context.derivation().outputs().get("out") instanceof DerivationOutput.Fixed(ContentAddress ca)
                && ca.method() == FileIngestionMethod.FLAT) {
            return Optional.of(ca.hash());
        }
        return Optional.empty();
    }

    /** The last path segment of {@code url} when it names a {@code .deb} file. */
    static Optional<String> debFileName(String url) {
        String name = url.substring(url.lastIndexOf('/') + 1);
        return name.endsWith(".deb") && name.indexOf('_') > 0 ? Optional.of(name) : Optional.empty();
    }

    /** The files in {@code folder} that may be the pool file {@code poolName}: itself, then with an epoch. */
    private static List<Path> candidates(Path folder, String poolName) throws IOException {
        List<Path> result = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return result;
        }
        result.add(folder.resolve(poolName));
        int underscore = poolName.indexOf('_');
        String pattern = poolName.substring(0, underscore + 1) + "*%3a" + poolName.substring(underscore + 1);
        try (DirectoryStream<Path> withEpoch = Files.newDirectoryStream(folder, escapeGlob(pattern))) {
            List<Path> found = new ArrayList<>();
            withEpoch.forEach(found::add);
            found.sort(null);
            result.addAll(found);
        }
        return result;
    }

    /** {@code pattern} as a glob where only {@code *} is special. */
    private static String escapeGlob(String pattern) {
        StringBuilder glob = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if ("?[]{}\\".indexOf(c) >= 0) {
                glob.append('\\');
            }
            glob.append(c);
        }
        return glob.toString();
    }
}
