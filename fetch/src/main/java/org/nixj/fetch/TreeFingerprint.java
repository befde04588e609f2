package org.nixj.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.nixj.os.FileNames;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;
import org.nixj.store.hash.HashFormat;

/**
 * What a local tree's metadata (or that of a list of its files) says of it, without reading its files: a hash over every entry's name, type,
 * size, mode, inode, modification and change times (and a link's target), and the latest modification time.
 * Two equal fingerprints mean the tree was not touched in between (every write changes the change time), so
 * a path input whose fingerprint is unchanged need not be read and hashed again.
 *
 * <p>A tree with an entry changed within the last {@code 2} seconds is racy (a write in the same clock tick
 * as the fingerprint would go unseen, as Git's index knows), and gets no fingerprint.
 *
 * @param hash the hash of the metadata (hexadecimal); empty for a racy tree or a file system without Unix
 *     metadata, which cannot be trusted to show changes
 * @param latestModification the latest modification time of the tree's entries, in seconds
 */
record TreeFingerprint(Optional<String> hash, long latestModification) {
    private static final long RACY_SECONDS = 2;

    /**
     * The fingerprint of {@code source}, the latest modification always; the hash empty when the tree is racy
     * at {@code now} (seconds) or the file system does not give the metadata it needs.
     */
    static TreeFingerprint of(Path source, long now) {
        try (Stream<Path> walk = Files.walk(source)) {
            return of(source, walk.sorted().toList(), now);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The fingerprint of the files {@code names} (relative to {@code root}, each a name that exists) and of
     * that list: a Git working tree's tracked files, say.
     */
    static TreeFingerprint ofFiles(Path root, List<String> names, long now) {
        return of(root, names.stream().sorted().map(name -> root.resolve(FileNames.of(name))).toList(), now);
    }

    private static TreeFingerprint of(Path source, List<Path> entries, long now) {
        StringBuilder metadata = new StringBuilder();
        long latest = 0;
        boolean usable = true;
        try {
            for (Path entry : entries) {
                FileTime modified = Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS);
                latest = Math.max(latest, modified.toMillis() / 1000);
                if (!usable) {
                    continue;
                }
                Optional<Map<String, Object>> unix = unixAttributes(entry);
                if (unix.isEmpty()) {
                    usable = false;
                    continue;
                }
                Map<String, Object> a = unix.get();
                FileTime changed = (FileTime) a.get("ctime");
                if (Math.max(modified.toMillis(), changed.toMillis()) / 1000 >= now - RACY_SECONDS) {
                    usable = false;
                    continue;
                }
                metadata.append(FileNames.text(source.relativize(entry))).append('\0')
                        .append(a.get("mode")).append('\0').append(a.get("size")).append('\0').append(a.get("ino")).append('\0')
                        .append(modified.to(TimeUnit.NANOSECONDS)).append('\0').append(changed.to(TimeUnit.NANOSECONDS)).append('\0');
                if (Files.isSymbolicLink(entry)) {
                    metadata.append(Files.readSymbolicLink(entry)).append('\0');
                }
                metadata.append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<String> hash = usable
                ? Optional.of(Hash.of(HashAlgorithm.SHA256, metadata.toString().getBytes(StandardCharsets.UTF_8))
                        .format(HashFormat.BASE16, false))
                : Optional.empty();
        return new TreeFingerprint(hash, latest);
    }

    private static Optional<Map<String, Object>> unixAttributes(Path entry) throws IOException {
        try {
            return Optional.of(Files.readAttributes(entry, "unix:mode,size,ino,ctime", LinkOption.NOFOLLOW_LINKS));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

}
