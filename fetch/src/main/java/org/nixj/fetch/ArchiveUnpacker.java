package org.nixj.fetch;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.io.input.CloseShieldInputStream;

/**
 * Unpacks a tar archive (plain, gzip, bzip2 or xz, told apart by their magic bytes, as Nix's libarchive does)
 * or a zip archive into an empty directory, keeping what a NAR can hold: directories, regular files with their
 * executable bit, and symbolic links.
 *
 * <p>Archives come from the network, so every entry is checked before anything is written: absolute names,
 * {@code ..} components, symbolic and hard links whose targets lie outside the directory, and entries that
 * would be written through a symbolic link are refused, and nothing outside the target directory is ever
 * created or changed.
 */
public final class ArchiveUnpacker {
    private ArchiveUnpacker() {}

    /**
     * Unpacks {@code archive} into {@code target} (an existing, empty directory) and returns the latest
     * modification time of its entries, in seconds since the epoch (0 for an empty archive).
     */
    public static long unpack(Path archive, Path target, String url) throws IOException {
        try (Entries entries = open(archive, url)) {
            long lastModified = 0;
            ArchiveEntry entry;
            // Entries are unpacked in archive order, each replacing what an earlier one left under its name
            // (as tar and libarchive do): the last entry of a name is the one that counts.
            while ((entry = entries.next()) != null) {
                String name = relativeName(entry.getName());
                if (name.isEmpty()) {
                    continue;
                }
                Path file = safeTarget(target, name);
                lastModified = Math.max(lastModified, entry.getLastModifiedDate().getTime() / 1000);
                switch (kind(entry)) {
                    case DIRECTORY -> {
                        if (!Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                            replace(file, name);
                            Files.createDirectory(file);
                        }
                    }
                    case REGULAR -> {
                        replace(file, name);
                        try (InputStream content = entries.content()) {
                            Files.copy(content, file);
                        }
                        if ((mode(entry) & 0100) != 0) {
                            file.toFile().setExecutable(true);
                        }
                    }
                    case SYMLINK -> {
                        String linkTarget = linkTarget(entry, entries.content());
                        checkLinkStaysInside(target, file, linkTarget, name);
                        replace(file, name);
                        Files.createSymbolicLink(file, Path.of(linkTarget));
                    }
                    case HARDLINK -> {
                        // A NAR has no hard links: the link becomes a copy of its target as it is now, so that a
                        // later entry rewriting either name leaves the other alone, as with tar's real links.
                        String linked = relativeName(((TarArchiveEntry) entry).getLinkName());
                        Path linkedFile = target.resolve(linked).normalize();
                        if (!linkedFile.startsWith(target) || !Files.isRegularFile(linkedFile, LinkOption.NOFOLLOW_LINKS)) {
                            throw refused("hard link " + name + " to '" + linked + "', which is not a file unpacked before it");
                        }
                        replace(file, name);
                        Files.copy(linkedFile, file, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                    }
                    case OTHER -> throw refused("'" + name + "' is neither a file, a directory nor a symbolic link");
                }
            }
            return lastModified;
        }
    }

    private enum Kind { DIRECTORY, REGULAR, SYMLINK, HARDLINK, OTHER }

    private static Kind kind(ArchiveEntry entry) {
        if (entry instanceof TarArchiveEntry tar) {
            // Checked first: commons-compress counts devices and FIFOs as files.
            if (tar.isCharacterDevice() || tar.isBlockDevice() || tar.isFIFO()) {
                return Kind.OTHER;
            }
            if (tar.isDirectory()) {
                return Kind.DIRECTORY;
            }
            if (tar.isSymbolicLink()) {
                return Kind.SYMLINK;
            }
            if (tar.isLink()) {
                return Kind.HARDLINK;
            }
            return tar.isFile() ? Kind.REGULAR : Kind.OTHER;
        }
        ZipArchiveEntry zip = (ZipArchiveEntry) entry;
        if (zip.isDirectory()) {
            return Kind.DIRECTORY;
        }
        return zip.isUnixSymlink() ? Kind.SYMLINK : Kind.REGULAR;
    }

    private static int mode(ArchiveEntry entry) {
        return entry instanceof TarArchiveEntry tar ? tar.getMode() : ((ZipArchiveEntry) entry).getUnixMode();
    }

    /** A zip stores a link's target as the entry's content; a tar in its header. */
    private static String linkTarget(ArchiveEntry entry, InputStream content) throws IOException {
        if (entry instanceof TarArchiveEntry tar) {
            return tar.getLinkName();
        }
        try (content) {
            return new String(content.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /**
     * Why reading or unpacking an archive failed, for the user: never {@code null} (which some of
     * commons-compress's and the JDK's exceptions carry as their message) and never a temporary path.
     */
    static String reason(IOException e) {
        return switch (e) {
            case java.io.EOFException x -> "the archive ends before its last entry does";
            case java.nio.file.FileSystemException x when x.getReason() != null -> x.getReason();
            default -> e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        };
    }

    /** The entries of an archive, one after the other, and the content of the current one. */
    private interface Entries extends Closeable {
        ArchiveEntry next() throws IOException;

        InputStream content() throws IOException;
    }

    private static Entries open(Path archive, String url) throws IOException {
        byte[] magic;
        try (InputStream in = Files.newInputStream(archive)) {
            magic = in.readNBytes(6);
        }
        if (startsWith(magic, 'P', 'K', 3, 4)) {
            return zipEntries(archive);
        }
        if (startsWith(magic, 0x28, 0xb5, 0x2f, 0xfd)) {
            throw new FetchException("cannot unpack '" + url + "': nixj does not support zstd-compressed archives yet");
        }
        InputStream in = new BufferedInputStream(Files.newInputStream(archive));
        InputStream decompressed;
        if (startsWith(magic, 0x1f, 0x8b)) {
            decompressed = new GzipCompressorInputStream(in, true);
        } else if (startsWith(magic, 'B', 'Z', 'h')) {
            decompressed = new BZip2CompressorInputStream(in, true);
        } else if (startsWith(magic, 0xfd, '7', 'z', 'X', 'Z', 0)) {
            decompressed = new XZCompressorInputStream(in, true);
        } else {
            decompressed = in;
        }
        TarArchiveInputStream tar = new TarArchiveInputStream(decompressed);
        return new Entries() {
            @Override
            public ArchiveEntry next() throws IOException {
                return tar.getNextEntry();
            }

            @Override
            public InputStream content() {
                // The caller closes what it is given: the tar stream must stay open for the next entry.
                return CloseShieldInputStream.wrap(tar);
            }

            @Override
            public void close() throws IOException {
                tar.close();
            }
        };
    }

    /** Zip archives are read through their central directory, the only place that has Unix modes and links. */
    private static Entries zipEntries(Path archive) throws IOException {
        ZipFile zip = ZipFile.builder().setPath(archive).get();
        Enumeration<ZipArchiveEntry> all = zip.getEntriesInPhysicalOrder();
        return new Entries() {
            private ZipArchiveEntry current;

            @Override
            public ArchiveEntry next() {
                current = all.hasMoreElements() ? all.nextElement() : null;
                return current;
            }

            @Override
            public InputStream content() throws IOException {
                return zip.getInputStream(current);
            }

            @Override
            public void close() throws IOException {
                zip.close();
            }
        };
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** An entry's name without {@code ./} and trailing slashes; absolute names and {@code ..} are refused. */
    private static String relativeName(String name) {
        if (name.startsWith("/")) {
            throw refused("Path is absolute");
        }
        List<String> parts = new ArrayList<>();
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                throw refused("Path contains '..'");
            }
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    /**
     * Where an entry goes: inside {@code root}, and reached through real directories only, so that an earlier
     * symbolic link in the archive cannot redirect the write. Missing parents are made; a parent an earlier
     * entry made a file is replaced by a directory, as libarchive does.
     */
    private static Path safeTarget(Path root, String name) throws IOException {
        Path file = root.resolve(name).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw refused("Path contains '..'");
        }
        Path dir = root;
        for (Path part : root.relativize(file.getParent())) {
            if (part.toString().isEmpty()) {
                break;
            }
            dir = dir.resolve(part);
            if (Files.isSymbolicLink(dir)) {
                throw refused("Cannot extract through symlink " + name);
            }
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(dir);
                Files.createDirectory(dir);
            }
        }
        return file;
    }

    private static void checkLinkStaysInside(Path root, Path link, String linkTarget, String name) {
        if (linkTarget.startsWith("/") || !link.getParent().resolve(linkTarget).normalize().startsWith(root)) {
            throw refused("symbolic link " + name + " points to " + linkTarget + ", outside the unpacked tree");
        }
    }

    /** A refused archive, in the words Nix (through libarchive) uses for the refusals both make. */
    private static FetchException refused(String why) {
        return new FetchException("failed to extract archive (" + why + ")");
    }

    /**
     * Makes way for the entry {@code name}: later entries replace earlier ones of the same name, as tar does; a
     * directory is only merged into, and one with contents cannot be replaced (libarchive's refusal).
     */
    private static void replace(Path file, String name) throws IOException {
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            try (var children = Files.list(file)) {
                if (children.findAny().isPresent()) {
                    throw refused("Can't remove already-existing dir " + name);
                }
            }
        }
        Files.deleteIfExists(file);
    }
}
