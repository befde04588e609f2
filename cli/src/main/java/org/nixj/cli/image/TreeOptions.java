package org.nixj.cli.image;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nixj.image.io.ImageException;
import org.nixj.image.tree.Directory;
import org.nixj.image.tree.EntryList;
import org.nixj.image.tree.Ownership;
import org.nixj.image.tree.Reproducible;
import org.nixj.image.tree.TreeBuilder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options every image subcommand shares: where the tree comes from, the time, the output. */
public final class TreeOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Put the contents of DIR at the image root (may be repeated; trees merge).")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--contents", paramLabel = "TARGET=SOURCE",
            description = "Put SOURCE (file or directory) at TARGET in the image, like NixOS's `contents` (may be repeated; "
                    + "@FILE reads arguments from FILE).")
    List<String> contents = new ArrayList<>();

    @Option(names = "--entries", paramLabel = "FILE", description = "Add the entries listed in FILE, one per line in the kernel's gen_init_cpio syntax: `dir NAME MODE "
            + "UID GID`, `nod NAME MODE UID GID b|c MAJOR MINOR`, `pipe|sock NAME MODE UID GID`, `slink NAME TARGET "
            + "MODE UID GID`, `file NAME SOURCE MODE UID GID` (device nodes without root on this machine; the "
            + "stated owners are kept).")
    List<Path> entries = new ArrayList<>();

    @Option(names = "--source-date-epoch", paramLabel = "SECONDS",
            description = "The time for every date in the image (default: $SOURCE_DATE_EPOCH, else 315532800 = 1980-01-01).")
    String epoch;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "The image to write (written to a temporary file first, then renamed).")
    Path output;

    /** The epoch from the option, else the environment, else the default. */
    long epoch() throws ImageException {
        return epoch != null ? Reproducible.parseEpoch(epoch, "--source-date-epoch") : Reproducible.epochFrom(System.getenv());
    }

    /**
     * The tree from {@code --dir}, {@code --contents} and {@code --entries}, with every time set to the epoch
     * and owners kept only where {@code ownership} or an entry list says.
     */
    Directory tree(Ownership ownership) throws ImageException {
        if (dirs.isEmpty() && contents.isEmpty() && entries.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "nothing to put in the image: give --dir DIR, --contents TARGET=SOURCE and/or --entries FILE");
        }
        TreeBuilder b = new TreeBuilder();
        for (Path d : dirs) {
            b.addDirectoryContents(d);
        }
        for (String c : contents) {
            b.addContentsSpec(c);
        }
        for (Path f : entries) {
            EntryList list = EntryList.read(f);
            list.addTo(b);
            ownership = ownership.and(list.ownership());
        }
        return Reproducible.normalise(b.build(), epoch(), ownership);
    }

    /** A usage error (exit code 1, as Nix's) for this subcommand. */
    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
