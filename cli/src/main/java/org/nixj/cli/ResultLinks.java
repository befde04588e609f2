package org.nixj.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * The {@code result} symlinks {@code nix build} leaves: {@code result} for the first installable's {@code out},
 * {@code result-dev} for its other outputs, {@code result-1}, {@code result-1-dev}, ... for the next installables.
 * nixj's store keeps objects outside {@code /nix/store}, so a link points at the object on disk: {@code
 * ./result/iso/x.iso} is a real file a user can copy to a USB stick.
 */
public final class ResultLinks {
    private ResultLinks() {}

    /** The link for output {@code output} of installable number {@code index} (from 0), under {@code base}. */
    static Path name(Path base, int index, String output) {
        String name = base.getFileName().toString() + (index == 0 ? "" : "-" + index)
                + (output.equals("out") ? "" : "-" + output);
        return base.resolveSibling(name);
    }

    /**
     * Points {@code link} at {@code target}, replacing an existing symlink atomically; anything else at {@code
     * link} is left alone and reported.
     */
    public static void create(Path link, Path target) throws IOException {
        Path absolute = link.toAbsolutePath();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(absolute)) {
            throw new IOException("cannot create the result link '" + link + "': a file that is not a symlink is in the way");
        }
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "-" + UUID.randomUUID());
        Files.createSymbolicLink(temporary, target);
        try {
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }
}
