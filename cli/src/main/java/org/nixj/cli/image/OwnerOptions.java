package org.nixj.cli.image;

import java.util.ArrayList;
import java.util.List;
import org.nixj.image.tree.Ownership;
import picocli.CommandLine.Option;

/** {@code --keep-owners} and {@code --keep-owners-under}: which files keep their uid and gid. */
final class OwnerOptions {
    @Option(names = "--keep-owners", description = "Keep every file's owner and group. By default everything is owned by root (0:0), as in a Nix store; "
            + "modes, setuid and setgid bits included, are always kept.")
    boolean keepAll;

    @Option(names = "--keep-owners-under", paramLabel = "PATH", description = "Keep the owners of PATH (a path in the image) and everything below it, e.g. a store path unpacked "
            + "from a distribution package whose helpers are setgid shadow (may be repeated).")
    List<String> keepUnder = new ArrayList<>();

    /** The policy these options describe. */
    Ownership ownership() {
        return keepAll ? Ownership.KEEP_ALL : Ownership.keepUnder(keepUnder);
    }
}
