package org.nixj.fetch;

import java.util.Optional;
import java.util.OptionalLong;
import org.nixj.store.StorePath;
import org.nixj.store.hash.Hash;

/**
 * What a fetch put into the store, with the facts Nix reports about it.
 *
 * @param path the store path
 * @param narHash the SHA-256 of its NAR
 * @param lastModified the commit time, or the latest modification time in a tarball or directory
 * @param rev the Git commit, for a clean Git tree
 * @param revCount the number of commits up to {@code rev}, unless the fetch was shallow
 * @param dirtyRev {@code <HEAD commit>-dirty}, for a working tree with uncommitted changes
 */
public record FetchedTree(StorePath path, Hash narHash, OptionalLong lastModified, Optional<String> rev,
                          OptionalLong revCount, Optional<String> dirtyRev) {

    /** A tree without Git facts. */
    public static FetchedTree plain(StorePath path, Hash narHash, OptionalLong lastModified) {
        return new FetchedTree(path, narHash, lastModified, Optional.empty(), OptionalLong.empty(), Optional.empty());
    }
}
