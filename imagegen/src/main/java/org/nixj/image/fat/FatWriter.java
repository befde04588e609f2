package org.nixj.image.fat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.nixj.image.io.AtomicOutput;
import org.nixj.image.io.Bytes;
import org.nixj.image.io.ChannelOutput;
import org.nixj.image.io.ImageException;
import org.nixj.image.tree.ContentReader;
import org.nixj.image.tree.Directory;
import org.nixj.image.tree.FsNode;
import org.nixj.image.tree.RegularFile;

/**
 * Writes a tree as a FAT12/16 image in three phases: <em>collect</em> (short names, long-name entries and
 * the size of every directory), <em>lay out</em> (pick the image size and cluster size, then give every
 * directory and file a contiguous cluster run in pre-order) and <em>emit</em> (boot sector, both FATs, the
 * root directory, then the data region in cluster order, streaming file contents).
 *
 * <p>Only directories and regular files fit in FAT; anything else is an error naming it. All dates are the
 * tree's mtimes (normalise the tree first), the serial and label come from {@link Options}.
 */
public final class FatWriter {
    private static final int RESERVED_SECTORS = 1;
    private static final int FAT_COUNT = 2;
    private static final int MIN_ROOT_ENTRIES = 512;

    /**
     * @param label the volume label, at most 11 characters of what 8.3 names allow (upper case)
     * @param serial the volume serial number (fixed, for reproducibility)
     * @param size the image size in bytes; empty for about 1.1 × content + 1 MiB
     */
    public record Options(String label, long serial, OptionalLong size) {
        public Options {
            if (label.length() > 11 || !label.matches("[A-Z0-9 !#$%&'()@^_`{}~-]*")) {
                throw new IllegalArgumentException("FAT volume label '" + label + "' must be at most 11 upper-case letters, digits or 8.3 symbols");
            }
            if (serial < 0 || serial > 0xffffffffL) {
                throw new IllegalArgumentException("FAT serial must be a 32-bit number");
            }
        }

        /** NixOS's efi.img: label EFIBOOT, serial 0x12345678, automatic size. */
        public static Options efiBoot() {
            return new Options("EFIBOOT", 0x12345678L, OptionalLong.empty());
        }
    }

    private final Options options;

    public FatWriter(Options options) {
        this.options = options;
    }

    /** Writes {@code root} to {@code output} atomically. */
    public void write(Directory root, Path output) throws ImageException {
        DirPlan plan = collect(root, "", true);
        Layout layout = layOut(plan);
        try (AtomicOutput out = AtomicOutput.create(output)) {
            emit(layout, out.output());
            out.commit();
        } catch (ImageException e) {
            throw e;
        } catch (IOException e) {
            throw new ImageException("cannot write '" + output + "': " + e.getMessage(), e);
        }
    }

    // ---- collect ----

    /** A directory's entries in order; each child with the number of 32-byte slots its names take. */
    private record DirPlan(Directory dir, String path, boolean isRoot, List<Child> children, List<DirPlan> subdirs) {
        int slots() {
            int n = isRoot ? 1 : 2; // the volume label, or "." and ".."
            for (Child c : children) {
                n += c.slots();
            }
            return n;
        }
    }

    private record Child(FsNode node, String path, ShortNames.Choice name, DirPlan dirPlan) {
        int slots() {
            return 1 + (name.needsLongName() ? (node.name().length() + 12) / 13 : 0);
        }
    }

    private DirPlan collect(Directory dir, String path, boolean isRoot) throws ImageException {
        ShortNames names = new ShortNames();
        List<Child> children = new ArrayList<>();
        List<DirPlan> subdirs = new ArrayList<>();
        for (FsNode c : dir.children()) {
            String p = path + "/" + c.name();
            if (c.name().length() > 255) {
                throw new ImageException("cannot put '" + p + "' in a FAT image: names are limited to 255 characters");
            }
            DirPlan sub = null;
            switch (c) {
                case Directory d -> {
                    sub = collect(d, p, false);
                    subdirs.add(sub);
                }
                case RegularFile f -> {
                    if (f.size() > 0xffffffffL) {
                        throw new ImageException("cannot put '" + p + "' in a FAT image: files must be under 4 GiB");
                    }
                }
                default -> throw new ImageException("cannot put '" + p + "' in a FAT image: FAT holds only files and directories, not "
                        + c.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT) + "s");
            }
            children.add(new Child(c, p, names.choose(c.name()), sub));
        }
        return new DirPlan(dir, path.isEmpty() ? "/" : path, isRoot, children, subdirs);
    }

    // ---- lay out ----

    /** The geometry plus the cluster run of every directory and file, in emit order. */
    private record Layout(BootSector boot, FatTable fat, byte[] rootDir, List<Run> runs) {}

    /** A contiguous cluster run: a directory's encoded entries, or a file. */
    private record Run(int firstCluster, int clusters, DirPlan dir, RegularFile file, String path, int parentCluster) {}

    private Layout layOut(DirPlan root) throws ImageException {
        int rootEntries = Math.max(MIN_ROOT_ENTRIES, (int) Bytes.alignUp(root.slots(), 16));
        if (rootEntries > 4096) {
            throw new ImageException("cannot make a FAT image: the root directory has too many entries (" + root.slots() + " slots)");
        }
        long content = contentBytes(root);
        long total = options.size().orElse(Bytes.alignUp(content + content / 10 + (1 << 20), 64 * 1024));
        for (int attempt = 0; attempt < 64; attempt++) {
            for (int spc = 1; spc <= 128; spc *= 2) {
                BootSector boot = geometry(total / BootSector.SECTOR, spc, rootEntries);
                if (boot == null) {
                    continue;
                }
                long needed = clustersNeeded(root, spc * BootSector.SECTOR);
                if (needed <= boot.clusterCount()) {
                    return allocate(root, boot);
                }
            }
            if (options.size().isPresent()) {
                throw new ImageException("the files need about " + content + " bytes, more than the FAT image size of " + total + " bytes");
            }
            total += 1 << 20;
        }
        throw new ImageException("cannot find a FAT12/16 geometry for " + content + " bytes of files");
    }

    /** The boot sector for this size and cluster size, or null when the cluster count does not suit FAT12/16. */
    private BootSector geometry(long totalSectors, int spc, int rootEntries) {
        int fatSectors = 1;
        for (int i = 0; i < 10; i++) {
            long rootSectors = (rootEntries * 32L + BootSector.SECTOR - 1) / BootSector.SECTOR;
            long data = totalSectors - RESERVED_SECTORS - (long) FAT_COUNT * fatSectors - rootSectors;
            if (data <= spc) {
                return null;
            }
            long clusters = data / spc;
            if (clusters >= 65525) {
                return null;
            }
            FatType type = FatType.forClusterCount(clusters);
            int needed = (int) Bytes.units(type.fatBytes(clusters), BootSector.SECTOR);
            if (needed <= fatSectors) {
                BootSector b = new BootSector(spc, RESERVED_SECTORS, FAT_COUNT, rootEntries, totalSectors, fatSectors,
                        options.serial(), options.label(), type);
                // Shrinking the FAT may have moved the count across a type boundary; keep only consistent results.
                return FatType.forClusterCount(b.clusterCount()) == type ? b : null;
            }
            fatSectors = needed;
        }
        return null;
    }

    private static long contentBytes(DirPlan d) {
        long n = (long) d.slots() * DirEntry.SIZE;
        for (Child c : d.children()) {
            n += c.dirPlan() != null ? contentBytes(c.dirPlan()) : ((RegularFile) c.node()).size();
        }
        return n;
    }

    private static long clustersNeeded(DirPlan d, int clusterBytes) {
        long n = d.isRoot() ? 0 : Bytes.units((long) d.slots() * DirEntry.SIZE, clusterBytes);
        for (Child c : d.children()) {
            n += c.dirPlan() != null ? clustersNeeded(c.dirPlan(), clusterBytes) : Bytes.units(((RegularFile) c.node()).size(), clusterBytes);
        }
        return n;
    }

    private Layout allocate(DirPlan root, BootSector boot) {
        int clusterBytes = boot.sectorsPerCluster() * BootSector.SECTOR;
        FatTable fat = new FatTable(boot.type(), (int) boot.clusterCount());
        List<Run> runs = new ArrayList<>();
        java.util.Map<FsNode, Integer> first = new java.util.IdentityHashMap<>();
        int[] next = {2};
        allocate(root, 0, clusterBytes, fat, runs, first, next);
        byte[] rootDir = new byte[boot.rootEntries() * DirEntry.SIZE];
        encodeEntries(root, 0, 0, first, rootDir);
        return new Layout(boot, fat, rootDir, runs);
    }

    private void allocate(DirPlan d, int parentCluster, int clusterBytes, FatTable fat, List<Run> runs,
            java.util.Map<FsNode, Integer> first, int[] next) {
        int self = 0;
        if (!d.isRoot()) {
            int n = (int) Bytes.units((long) d.slots() * DirEntry.SIZE, clusterBytes);
            self = next[0];
            first.put(d.dir(), self);
            fat.chain(self, n);
            runs.add(new Run(self, n, d, null, d.path(), parentCluster));
            next[0] += n;
        }
        for (Child c : d.children()) {
            if (c.node() instanceof RegularFile f && f.size() > 0) {
                int n = (int) Bytes.units(f.size(), clusterBytes);
                first.put(f, next[0]);
                fat.chain(next[0], n);
                runs.add(new Run(next[0], n, null, f, c.path(), 0));
                next[0] += n;
            }
        }
        for (DirPlan sub : d.subdirs()) {
            allocate(sub, self, clusterBytes, fat, runs, first, next);
        }
    }

    /** Fills {@code out} with the entries of {@code d}, whose own cluster is {@code self} and parent's {@code parent}. */
    private void encodeEntries(DirPlan d, int self, int parent, java.util.Map<FsNode, Integer> first, byte[] out) {
        FatDate when = FatDate.of(d.dir().attributes().mtime());
        int off = 0;
        if (d.isRoot()) {
            byte[] label = new byte[11];
            Bytes.putPadded(label, 0, 11, options.label().isEmpty() ? "NO NAME" : options.label(), (byte) ' ');
            off = put(out, off, new DirEntry(label, DirEntry.ATTR_VOLUME_ID, when.date(), when.time(), 0, 0).encode());
        } else {
            off = put(out, off, new DirEntry(dotName("."), DirEntry.ATTR_DIRECTORY, when.date(), when.time(), self, 0).encode());
            off = put(out, off, new DirEntry(dotName(".."), DirEntry.ATTR_DIRECTORY, when.date(), when.time(), parent, 0).encode());
        }
        for (Child c : d.children()) {
            byte[] shortName = c.name().shortName();
            if (c.name().needsLongName()) {
                for (LfnEntry l : LfnEntry.forName(c.node().name(), DirEntry.checksum(shortName))) {
                    off = put(out, off, l.encode());
                }
            }
            FatDate t = FatDate.of(c.node().attributes().mtime());
            boolean isDir = c.node() instanceof Directory;
            int attrs = isDir ? DirEntry.ATTR_DIRECTORY : DirEntry.ATTR_ARCHIVE;
            long size = isDir ? 0 : ((RegularFile) c.node()).size();
            off = put(out, off, new DirEntry(shortName, attrs, t.date(), t.time(), first.getOrDefault(c.node(), 0), size).encode());
        }
    }

    private static byte[] dotName(String dots) {
        byte[] b = new byte[11];
        java.util.Arrays.fill(b, (byte) ' ');
        for (int i = 0; i < dots.length(); i++) {
            b[i] = '.';
        }
        return b;
    }

    private static int put(byte[] out, int off, byte[] entry) {
        System.arraycopy(entry, 0, out, off, entry.length);
        return off + entry.length;
    }

    // ---- emit ----

    private void emit(Layout l, ChannelOutput out) throws IOException {
        BootSector boot = l.boot();
        out.write(boot.encode());
        out.zeros((long) (boot.reservedSectors() - 1) * BootSector.SECTOR);
        byte[] fat = l.fat().encode(boot.sectorsPerFat());
        for (int i = 0; i < boot.fatCount(); i++) {
            out.write(fat);
        }
        out.write(l.rootDir());
        out.padTo(BootSector.SECTOR);
        long dataStart = boot.firstDataSector() * BootSector.SECTOR;
        int clusterBytes = boot.sectorsPerCluster() * BootSector.SECTOR;
        java.util.Map<FsNode, Integer> first = new java.util.IdentityHashMap<>();
        for (Run r : l.runs()) {
            first.put(r.dir() != null ? r.dir().dir() : r.file(), r.firstCluster());
        }
        for (Run r : l.runs()) {
            out.padToOffset(dataStart + (long) (r.firstCluster() - 2) * clusterBytes);
            if (r.dir() != null) {
                byte[] entries = new byte[r.clusters() * clusterBytes];
                encodeEntries(r.dir(), r.firstCluster(), r.parentCluster(), first, entries);
                out.write(entries);
            } else {
                ContentReader.copy(r.file(), r.path(), out);
            }
        }
        out.padToOffset(boot.totalSectors() * BootSector.SECTOR);
    }
}
