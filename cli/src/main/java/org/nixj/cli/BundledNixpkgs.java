package org.nixj.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * nixj's bundled nixpkgs-compatible library (modules-lib), unpacked from the class path into a folder of the
 * user's cache so that Nix code can import it by path: {@code <nixpkgs/lib>} finds it when the search path
 * has no {@code nixpkgs} of its own.
 *
 * <p>The folder is named by a hash of the tree's contents, so a new nixj brings a new folder and an unchanged
 * tree is unpacked only once; it is written under a temporary name and renamed into place, so a folder that
 * exists is complete.
 */
final class BundledNixpkgs {
    /** Where modules-lib's jar keeps the tree (see modules-lib/pom.xml). */
    private static final String RESOURCE_ROOT = "org/nixj/nixpkgs";
    private static final String MARKER = RESOURCE_ROOT + "/lib/default.nix";

    private BundledNixpkgs() {}

    /** The unpacked tree under {@code cacheDirectory}, unpacking it first if needed. */
    static Path folder(Path cacheDirectory) {
        try {
            return unpack(cacheDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack nixj's bundled nixpkgs into " + cacheDirectory, e);
        }
    }

    /** nixj's cache folder: {@code $XDG_CACHE_HOME/nixj}, else {@code ~/.cache/nixj}. */
    static Path defaultCacheDirectory(Map<String, String> environment, String home) {
        String cache = environment.get("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isEmpty() ? Path.of(cache) : Path.of(home, ".cache");
        return base.resolve("nixj");
    }

    private static Path unpack(Path cacheDirectory) throws IOException {
        URL marker = BundledNixpkgs.class.getClassLoader().getResource(MARKER);
        if (marker == null) {
            throw new IOException("the bundled nixpkgs is missing from the class path (" + MARKER + ")");
        }
        URI uri = toUri(marker);
        if (uri.getScheme().equals("jar")) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return unpack(jar.getPath("/" + RESOURCE_ROOT), cacheDirectory);
            } catch (FileSystemAlreadyExistsException e) {
                return unpack(FileSystems.getFileSystem(uri).getPath("/" + RESOURCE_ROOT), cacheDirectory);
            }
        }
        // Running from a build's classes folder (tests): the tree is on disk already, but is copied all the same
        // so that every caller sees the same kind of folder.
        return unpack(Path.of(uri).getParent().getParent(), cacheDirectory);
    }

    private static Path unpack(Path tree, Path cacheDirectory) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(tree)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Path target = cacheDirectory.resolve("nixpkgs-" + contentHash(tree, files));
        if (Files.isDirectory(target)) {
            return target;
        }
        Files.createDirectories(cacheDirectory);
        Path temporary = Files.createTempDirectory(cacheDirectory, ".nixpkgs-");
        for (Path file : files) {
            Path copy = temporary.resolve(tree.relativize(file).toString());
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
            // Another nixj unpacked the same tree meanwhile: theirs is as good as ours.
            deleteTree(temporary);
        }
        return target;
    }

    /** SHA-256 over each file's relative name and bytes, shortened: names the unpacked folder. */
    private static String contentHash(Path tree, List<Path> files) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        for (Path file : files) {
            sha.update(tree.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Files.readAllBytes(file));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 10);
    }

    private static void deleteTree(Path tree) throws IOException {
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static URI toUri(URL url) throws IOException {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("bad resource location " + url, e);
        }
    }
}
