package org.nixj.image.squashfs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.nixj.image.compress.Compressor;
import org.nixj.image.compress.GzipCompressor;
import org.nixj.image.io.AtomicOutput;
import org.nixj.image.io.Bytes;
import org.nixj.image.io.ChannelOutput;
import org.nixj.image.io.ImageException;
import org.nixj.image.io.IoErrors;
import org.nixj.image.tree.DeviceNode;
import org.nixj.image.tree.Directory;
import org.nixj.image.tree.FsNode;
import org.nixj.image.tree.RegularFile;
import org.nixj.image.tree.Symlink;

/**
 * Writes a tree as a squashfs 4.0 image, in phases: <em>collect</em> (inode numbers in post-order, the id
 * table, which file sizes repeat), <em>data</em> (blocks and fragments through a parallel, order-keeping
 * pipeline), <em>tables</em> (inodes and directory listings, bottom-up so every listing knows its children's
 * inode references) and <em>finish</em> (fragment and id tables, the superblock, padding to 4 KiB).
 */
public final class SquashfsWriter {

    /**
     * @param compressor gzip or xz
     * @param blockSize data block size, a power of two from 4 KiB to 1 MiB
     * @param fragments pack files smaller than a block into fragment blocks
     * @param dedup share the blocks of identical files
     * @param threads compression threads
     * @param modificationTime the superblock's time (use the tree's epoch)
     * @param rootMode the root directory's permission bits, or -1 to keep the tree's
     * @param blockCache compressed blocks from earlier builds to reuse (and to add this build's to), if any;
     *     the image is the same bytes with or without it
     */
    public record Options(Compressor compressor, int blockSize, boolean fragments, boolean dedup, int threads,
            long modificationTime, int rootMode, Optional<BlockCache> blockCache) {
        public Options {
            requireValidBlockSize(blockSize);
            if (threads < 1) {
                throw new IllegalArgumentException("need at least one thread");
            }
            CompressorOptions.id(compressor);
        }

        /** Options without a block cache. */
        public Options(Compressor compressor, int blockSize, boolean fragments, boolean dedup, int threads,
                long modificationTime, int rootMode) {
            this(compressor, blockSize, fragments, dedup, threads, modificationTime, rootMode, Optional.empty());
        }

        /** These options with compressed blocks reused from (and added to) {@code cache}. */
        public Options withBlockCache(BlockCache cache) {
            return new Options(compressor, blockSize, fragments, dedup, threads, modificationTime, rootMode, Optional.of(cache));
        }

        /** Fails unless {@code blockSize} is a power of two from 4 KiB to 1 MiB. */
        public static void requireValidBlockSize(int blockSize) {
            if (Integer.bitCount(blockSize) != 1 || blockSize < 4096 || blockSize > 1 << 20) {
                throw new IllegalArgumentException("squashfs block size must be a power of two from 4 KiB to 1 MiB, not " + blockSize);
            }
        }

        /** NixOS's choice: 1 MiB blocks, fragments, deduplication, all cores, root mode 0755. */
        public static Options standard(Compressor compressor, long time) {
            return new Options(compressor, 1 << 20, true, true, Runtime.getRuntime().availableProcessors(), time, 0755);
        }

        public static Options gzip(long time) {
            return standard(GzipCompressor.standard(), time);
        }
    }

    private final Options options;

    public SquashfsWriter(Options options) {
        this.options = options;
    }

    /** Writes {@code root} to {@code output} atomically. */
    public void write(Directory root, Path output) throws ImageException {
        if (options.rootMode() >= 0) {
            root = root.withAttributes(root.attributes().withPermissions(options.rootMode()));
        }
        Collected c = collect(root);
        try (AtomicOutput out = AtomicOutput.create(output)) {
            ChannelOutput o = out.output();
            o.write(new byte[Superblock.SIZE]); // patched at the end
            Optional<byte[]> compOpts = CompressorOptions.payload(options.compressor());
            if (compOpts.isPresent()) {
                byte[] h = new byte[2];
                Bytes.putLE16(h, 0, compOpts.get().length | MetadataWriter.UNCOMPRESSED);
                o.write(h);
                o.write(compOpts.get());
            }
            Map<FsNode, DataWriter.FileData> data = new IdentityHashMap<>();
            List<DataWriter.Fragment> fragments;
            try (DataWriter dw = new DataWriter(new BlockPipeline(o, options.compressor(), options.threads(), options.blockSize(),
                    options.blockCache().orElse(null)),
                    options.blockSize(), options.fragments(), options.dedup() ? c.sizeCounts : Map.of())) {
                writeData(root, "", dw, data);
                fragments = dw.finish();
            }
            Superblock sb = writeTables(o, root, c, data, fragments, compOpts.isPresent());
            o.padTo(4096);
            o.patch(0, sb.encode());
            out.commit();
        } catch (ImageException e) {
            throw e;
        } catch (IOException e) {
            throw new ImageException("cannot write '" + output + "': " + IoErrors.reason(e), e);
        }
    }

    // ---- collect ----

    private static final class Collected {
        final Map<FsNode, Long> numbers = new IdentityHashMap<>();
        final TreeSet<Integer> ids = new TreeSet<>();
        final Map<Long, Integer> sizeCounts = new HashMap<>();
        Map<Integer, Integer> idIndex;
        long count;
    }

    private Collected collect(Directory root) throws ImageException {
        Collected c = new Collected();
        number(root, c, "");
        if (c.ids.size() > 65535) {
            throw new ImageException("squashfs holds at most 65535 distinct uids and gids; the tree has " + c.ids.size());
        }
        c.idIndex = new HashMap<>();
        for (int id : c.ids) {
            c.idIndex.put(id, c.idIndex.size());
        }
        return c;
    }

    /** Numbers inodes in post-order (children before their directory), the order the inode table is written in. */
    private void number(FsNode n, Collected c, String path) throws ImageException {
        if (n instanceof Directory d) {
            for (FsNode child : d.children()) {
                if (child.nameBytes().length > 256) {
                    throw new ImageException("cannot put '" + path + "/" + child.name() + "' in squashfs: names are limited to 256 bytes");
                }
                number(child, c, path + "/" + child.name());
            }
        } else if (n instanceof RegularFile f) {
            c.sizeCounts.merge(f.size(), 1, Integer::sum);
        }
        c.numbers.put(n, ++c.count);
        c.ids.add(n.attributes().uid());
        c.ids.add(n.attributes().gid());
    }

    // ---- data ----

    private void writeData(Directory d, String path, DataWriter dw, Map<FsNode, DataWriter.FileData> data) throws IOException {
        for (FsNode n : d.children()) {
            String p = path + "/" + n.name();
            if (n instanceof RegularFile f) {
                data.put(f, dw.write(f, p));
            } else if (n instanceof Directory sub) {
                writeData(sub, p, dw, data);
            }
        }
    }

    // ---- tables ----

    private Superblock writeTables(ChannelOutput o, Directory root, Collected c, Map<FsNode, DataWriter.FileData> data,
            List<DataWriter.Fragment> fragments, boolean hasOptions) throws IOException {
        MetadataWriter inodes = new MetadataWriter(options.compressor());
        MetadataWriter dirs = new MetadataWriter(options.compressor());
        long rootRef = writeDirectory(root, c.count + 1, c, data, inodes, dirs);

        long inodeStart = o.position();
        o.write(inodes.finish());
        long dirStart = o.position();
        o.write(dirs.finish());

        byte[] fragEntries = new byte[fragments.size() * 16];
        for (int i = 0; i < fragments.size(); i++) {
            Bytes.putLE64(fragEntries, 16 * i, fragments.get(i).start());
            Bytes.putLE32(fragEntries, 16 * i + 8, fragments.get(i).sizeWord() & 0xffffffffL);
        }
        long fragStart = LookupTable.write(o, fragEntries, options.compressor());

        byte[] idEntries = new byte[c.ids.size() * 4];
        int k = 0;
        for (int id : c.ids) {
            Bytes.putLE32(idEntries, 4 * k++, id & 0xffffffffL);
        }
        long idStart = LookupTable.write(o, idEntries, options.compressor());

        int flags = Superblock.FLAG_NO_XATTRS
                | (options.dedup() ? Superblock.FLAG_DUPLICATES : 0)
                | (options.fragments() ? 0 : Superblock.FLAG_NO_FRAGMENTS)
                | (hasOptions ? Superblock.FLAG_COMPRESSOR_OPTIONS : 0);
        return new Superblock(c.count, options.modificationTime(), options.blockSize(), fragments.size(),
                CompressorOptions.id(options.compressor()), flags, c.ids.size(), rootRef, o.position(), idStart,
                Superblock.ABSENT, inodeStart, dirStart, fragStart, Superblock.ABSENT);
    }

    /** Writes the inodes below {@code d}, its listing and then its own inode; returns its reference. */
    private long writeDirectory(Directory d, long parent, Collected c, Map<FsNode, DataWriter.FileData> data,
            MetadataWriter inodes, MetadataWriter dirs) {
        long self = c.numbers.get(d);
        List<DirectoryListing.Entry> entries = new ArrayList<>(d.children().size());
        for (FsNode n : d.children()) {
            Inode inode;
            long ref;
            if (n instanceof Directory sub) {
                ref = writeDirectory(sub, self, c, data, inodes, dirs);
                inode = null;
            } else {
                inode = leaf(n, c, data);
                ref = inodes.write(inode.encode());
            }
            int type = inode == null ? Inode.BASIC_DIR : inode.basicType();
            entries.add(new DirectoryListing.Entry(n.name(), ref, c.numbers.get(n), type));
        }
        byte[] listing = DirectoryListing.encode(entries);
        long at = dirs.write(listing);
        Inode.Dir inode = new Inode.Dir(header(d, c), at >>> 16, (int) (at & 0xffff), listing.length,
                2 + d.subdirectoryCount(), parent);
        return inodes.write(inode.encode());
    }

    private Inode leaf(FsNode n, Collected c, Map<FsNode, DataWriter.FileData> data) {
        Inode.Header h = header(n, c);
        return switch (n) {
            case RegularFile f -> {
                DataWriter.FileData d = data.get(f);
                yield new Inode.File(h, d.blockSizes.length == 0 ? 0 : d.blocksStart, d.size, d.blockSizes, d.fragment, d.fragmentOffset);
            }
            case Symlink s -> new Inode.Symlink(h, s.target());
            case DeviceNode dev -> new Inode.Special(h, switch (dev.kind()) {
                case BLOCK -> Inode.BASIC_BLOCK;
                case CHARACTER -> Inode.BASIC_CHAR;
                case FIFO -> Inode.BASIC_FIFO;
                case SOCKET -> Inode.BASIC_SOCKET;
            }, dev.major(), dev.minor());
            case Directory d -> throw new IllegalStateException("directories are written by writeDirectory");
        };
    }

    private static Inode.Header header(FsNode n, Collected c) {
        var a = n.attributes();
        return new Inode.Header(a.permissions(), c.idIndex.get(a.uid()), c.idIndex.get(a.gid()), a.mtime(), c.numbers.get(n));
    }
}
