package org.nixj.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.nixj.os.FileNames;
import org.nixj.store.hash.NixBase32;

/**
 * Finds which of a set of candidate store paths a built file tree refers to, as Nix does after a build: a
 * reference is any occurrence of a candidate's 32-character hash part in a file's bytes, a symlink's target or
 * (harmlessly) a file name. Nix never parses what it scans, so neither does this.
 */
public final class References {
    private static final int BUFFER = 1 << 16;
    private static final boolean[] BASE32 = new boolean[256];

    static {
        for (char c : NixBase32.ALPHABET.toCharArray()) {
            BASE32[c] = true;
        }
    }

    private final Map<String, StorePath> byHash = new HashMap<>();
    private final SortedSet<StorePath> found = new TreeSet<>();

    private References(Collection<StorePath> candidates) {
        for (StorePath candidate : candidates) {
            byHash.put(candidate.hashPart(), candidate);
        }
    }

    /** The candidates whose hash part occurs somewhere in the tree at {@code tree}. */
    public static SortedSet<StorePath> scan(Path tree, Collection<StorePath> candidates) throws IOException {
        References scanner = new References(candidates);
        if (!scanner.byHash.isEmpty()) {
            scanner.scanTree(tree);
        }
        return scanner.found;
    }

    private void scanTree(Path file) throws IOException {
        switch (FileKind.of(file)) {
            case REGULAR -> scanFile(file);
            case SYMLINK -> scanBytes(FileNames.bytes(Files.readSymbolicLink(file)));
            case DIRECTORY -> {
                List<Path> entries;
                try (Stream<Path> list = Files.list(file)) {
                    entries = list.toList();
                }
                for (Path entry : entries) {
                    scanBytes(FileNames.bytes(entry.getFileName()));
                    scanTree(entry);
                }
            }
            case UNKNOWN -> throw new IOException("file '" + file + "' has an unsupported type");
        }
    }

    private void scanBytes(byte[] bytes) {
        scan(bytes, bytes.length);
    }

    /** Streams the file through a buffer that keeps the last 31 bytes, so a hash split across reads is found. */
    private void scanFile(Path file) throws IOException {
        byte[] buffer = new byte[BUFFER];
        int kept = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer, kept, buffer.length - kept)) > 0) {
                int length = kept + read;
                scan(buffer, length);
                kept = Math.min(length, StorePath.HASH_LENGTH - 1);
                System.arraycopy(buffer, length - kept, buffer, 0, kept);
            }
        }
    }

    /**
     * Looks for hash parts in {@code bytes[0..length)}. A window is checked from its last byte backwards; at the
     * first byte that cannot be in a hash the window jumps past it, so most bytes are looked at once.
     */
    private void scan(byte[] bytes, int length) {
        int i = 0;
        while (i + StorePath.HASH_LENGTH <= length) {
            int j = StorePath.HASH_LENGTH - 1;
            while (j >= 0 && BASE32[bytes[i + j] & 0xff]) {
                j--;
            }
            if (j >= 0) {
                i += j + 1;
                continue;
            }
            StorePath hit = byHash.get(new String(bytes, i, StorePath.HASH_LENGTH, StandardCharsets.ISO_8859_1));
            if (hit != null) {
                found.add(hit);
            }
            i++;
        }
    }
}
