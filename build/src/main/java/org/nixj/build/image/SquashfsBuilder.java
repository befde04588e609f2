package org.nixj.build.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.nixj.build.builder.BuildAttributes;
import org.nixj.build.builder.BuildContext;
import org.nixj.build.builder.BuildFailure;
import org.nixj.image.compress.Compressor;
import org.nixj.image.squashfs.BlockCache;
import org.nixj.image.squashfs.SquashfsWriter;
import org.nixj.image.tree.Attributes;
import org.nixj.image.tree.Directory;
import org.nixj.image.tree.FileContent;
import org.nixj.image.tree.FsNode;
import org.nixj.image.tree.RegularFile;
import org.nixj.image.tree.Reproducible;
import org.nixj.image.tree.Symlink;
import org.nixj.image.tree.TreeBuilder;
import org.nixj.store.BadStorePathException;
import org.nixj.store.PathInfo;
import org.nixj.store.StorePath;
import org.nixj.store.hash.HashFormat;

/**
 * {@code builtin:nixj-squashfs}, behind NixOS's {@code nix-store.squashfs}: the closure of {@code storePaths}
 * (following the references the store registered) as a squashfs laid out as {@code /nix/store}'s contents, one
 * top-level entry per store path, plus {@code nix-path-registration} (the closure's validity records, as
 * {@code nix-store --dump-db} prints them, for {@code nix-store --load-db} at boot). The output is the image
 * file itself.
 *
 * <p>Entries are as Nix keeps a store: owned by root, folders {@code 0555}, files {@code 0444} or {@code 0555},
 * all dated {@link Reproducible#DEFAULT_EPOCH}; except that the owners and modes builders recorded in
 * their outputs (Debian's setuid and setgid programs, {@code /etc/shadow}; see {@code FileOwners}) are given
 * back. {@code compression} is mksquashfs's form ({@code isoImage.squashfsCompression}, "none" for NixOS's
 * null, which is refused); blocks are 1 MiB, as NixOS makes them.
 *
 * <p>Compressed blocks are kept in the store's state directory ({@code .nixj/squashfs-blocks}, imagegen's
 * {@link BlockCache}), so that a rebuild after a change to the system compresses only the blocks it has not
 * seen: most of a live image is the same Debian packages from one build to the next. The image is the same
 * bytes with or without the cache.
 */
public final class SquashfsBuilder extends ImageBuilder {
    private static final int BLOCK_SIZE = 1 << 20;

    @Override
    public String name() {
        return "nixj-squashfs";
    }

    /** Makes the builder; {@code nixj build} registers one. */
    public SquashfsBuilder() {}

    @Override
    void write(BuildContext context) throws BuildFailure, IOException {
        BuildAttributes attributes = context.attributes();
        Compressor compressor = Compression.squashfs(attributes.requireString("compression"), BLOCK_SIZE);
        List<StorePath> roots = new ArrayList<>();
        for (String path : attributes.strings("storePaths")) {
            try {
                roots.add(context.store().directory().storePathOf(path));
            } catch (BadStorePathException e) {
                throw new BuildFailure("storePaths: " + e.getMessage());
            }
        }
        SortedSet<StorePath> closure = context.store().closure(roots);
        long epoch = Reproducible.DEFAULT_EPOCH;
        List<FsNode> children = new ArrayList<>();
        for (StorePath path : closure) {
            children.add(object(context, path, epoch));
        }
        children.add(new RegularFile("nix-path-registration", new Attributes(0444, 0, 0, epoch),
                new FileContent.FromBytes("nix-path-registration", registration(context, closure))));
        Directory root = new Directory("", new Attributes(0755, 0, 0, epoch), children);
        BlockCache cache = BlockCache.open(context.store().stateDirectory().resolve("squashfs-blocks"), compressor);
        context.log("squashfs: " + closure.size() + " store paths, " + compressor.name());
        new SquashfsWriter(SquashfsWriter.Options.standard(compressor, epoch).withBlockCache(cache)).write(root, context.output("out"));
        context.log("squashfs: " + cache.hits() + " blocks reused, " + cache.misses() + " compressed");
    }

    /** One store object as an image entry named by its base name, its entries made canonical. */
    private static FsNode object(BuildContext context, StorePath path, long epoch) throws BuildFailure, IOException {
        String logical = context.store().directory().print(path);
        Path physical = context.store().physical(path);
        Map<String, FileOwners.Entry> owners = FileOwners.read(physical, logical);
        String name = path.toString();
        // An object that is itself a symlink stays one (TreeBuilder follows a top-level source link).
        FsNode node = Files.isSymbolicLink(physical)
                ? new Symlink(name, Attributes.root(0777), Files.readSymbolicLink(physical).toString())
                : new TreeBuilder().addContents("/" + name, physical).build().child(name);
        return canonical(node, "", owners, epoch);
    }

    private static FsNode canonical(FsNode node, String relative, Map<String, FileOwners.Entry> owners, long epoch) {
        int mode = switch (node) {
            case Directory d -> 0555;
            case Symlink s -> 0777;
            default -> (node.attributes().permissions() & 0111) != 0 ? 0555 : 0444;
        };
        Attributes attributes = new Attributes(mode, 0, 0, epoch);
        FileOwners.Entry recorded = owners.get(relative);
        if (recorded != null) {
            attributes = new Attributes(node instanceof Symlink ? 0777 : recorded.mode(), recorded.uid(), recorded.gid(), epoch);
        }
        if (node instanceof Directory d) {
            List<FsNode> children = new ArrayList<>(d.children().size());
            for (FsNode child : d.children()) {
                children.add(canonical(child, relative.isEmpty() ? child.name() : relative + "/" + child.name(), owners, epoch));
            }
            return new Directory(d.name(), attributes, children);
        }
        return node.withAttributes(attributes);
    }

    /** The validity records of {@code closure}: path, NAR hash, NAR size, deriver, references. */
    private static byte[] registration(BuildContext context, SortedSet<StorePath> closure) throws IOException {
        StringBuilder text = new StringBuilder();
        for (StorePath path : closure) {
            PathInfo info = context.store().info(path)
                    .orElseThrow(() -> new IOException("'" + context.store().directory().print(path) + "' is not valid"));
            text.append(context.store().directory().print(path)).append('\n')
                    .append(info.narHash().format(HashFormat.BASE16, true)).append('\n')
                    .append(info.narSize()).append('\n')
                    .append('\n')
                    .append(info.references().size()).append('\n');
            for (StorePath reference : info.references()) {
                text.append(context.store().directory().print(reference)).append('\n');
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
