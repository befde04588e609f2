package org.nixj.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;

/**
 * What earlier fetches found, kept on disk beside the store so that later evaluations (and other processes)
 * reuse it: for a key such as {@code file:<url>} or {@code git:<rev>:...}, a few named facts (the store path,
 * an ETag, a commit time) and when they were recorded. Each entry is one small file named by the SHA-256 of
 * its key and replaced atomically, so concurrent writers never leave a torn entry; the last writer wins, which
 * is harmless because entries only point at store paths that are valid by then.
 */
public final class FetchCache {
    private static final String TIME = "time";
    private final Path directory;

    public FetchCache(Path directory) {
        this.directory = directory;
    }

    /** A cache entry: its facts and when they were recorded (seconds since the epoch). */
    public record Entry(Map<String, String> facts, long time) {
        public Entry {
            facts = Map.copyOf(facts);
        }

        public Optional<String> get(String name) {
            return Optional.ofNullable(facts.get(name));
        }
    }

    public Optional<Entry> lookup(String key) {
        Map<String, String> facts = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file(key), StandardCharsets.UTF_8)) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    facts.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // An entry written for another key with the same hash cannot happen in practice, but costs nothing to rule out.
        if (!key.equals(facts.remove("key"))) {
            return Optional.empty();
        }
        long time = Long.parseLong(facts.remove(TIME));
        return Optional.of(new Entry(facts, time));
    }

    /** Records {@code facts} (names and values without newlines) for {@code key}, replacing any earlier entry. */
    public void store(String key, Map<String, String> facts, long now) {
        StringBuilder text = new StringBuilder("key: ").append(key).append('\n');
        text.append(TIME + ": ").append(now).append('\n');
        facts.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
        try {
            Files.createDirectories(directory);
            Path temp = directory.resolve(".tmp-" + UUID.randomUUID());
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String key) {
        return directory.resolve(Hash.of(HashAlgorithm.SHA256, key.getBytes(StandardCharsets.UTF_8))
                .format(org.nixj.store.hash.HashFormat.BASE16, false));
    }
}
