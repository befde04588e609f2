package org.nixj.image.fat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.nixj.image.io.AtomicOutput;
import org.nixj.image.io.Bytes;
import org.nixj.image.io.ChannelOutput;
import org.nixj.image.io.ImageException;
import org.nixj.image.io.IoErrors;
import org.nixj.image.tree.ContentReader;
import org.nixj.image.tree.Directory;
import org.nixj.image.tree.FsNode;
import org.nixj.image.tree.RegularFile;

/**
 * Writes a tree as a FAT12, FAT16 or FAT32 image in three phases: <em>collect</em> (short names, long-name entries and
 * the size of every directory), <em>lay out</em> (pick the image size and cluster size, then give every
 * directory and file a contiguous cluster run in pre-order) and <em>emit</em> (boot sector, both FATs, the
 * root directory, then the data region in cluster order, streaming file contents). On FAT32 the root
 * directory is the first cluster run and the FSInfo sector and backup boot sector are written too.
 *
 * <p>Only directories and regular files fit in FAT; anything else is an error naming it. All dates are the
 * tree's mtimes (normalise the tree first), the serial and label come from {@link Options}.
 */
public final class FatWriter {
    private static final int RESERVED_SECTORS = 1;
    /** FAT32 keeps the boot sector, FSInfo and their backups in 32 reserved sectors, as mkfs.fat does. */
    private static final int FAT32_RESERVED_SECTORS = 32;
    private static final int FAT_COUNT = 2;
    private static final int MIN_ROOT_ENTRIES = 512;
    private static final int MAX_ROOT_ENTRIES = 4096;
    /** The largest FAT12/16 cluster (32 KiB) that every implementation reads; beyond it FAT32 is used. */
    private static final int MAX_SMALL_FAT_SPC = 64;
    /** FAT32 cluster sizes in order of preference: 4 KiB (mkfs.fat's for these sizes), then smaller, then larger. */
    private static final int[] FAT32_SPC = {8, 4, 2, 1, 16, 32, 64, 128};

    /**
     * @param label the volume label, at most 11 characters of what 8.3 names allow (upper case)
     * @param serial the volume serial number (fixed, for reproducibility)
     * @param size the image size in bytes; empty for about 1.1 × content + 1 MiB
     * @param type the FAT type; empty to choose FAT12/16 while clusters of up to 32 KiB suffice (and the root
     *     directory fits its fixed 4096 entries), else FAT32
     */
    public record Options(String label, long serial, OptionalLong size, Optional<FatType> type) {
        public Options {
            if (label.length() > 11 || !label.matches("[A-Z0-9 !#$%&'()@^_`{}~-]*")) {
                throw new IllegalArgumentException("FAT volume label '" + label + "' must be at most 11 upper-case letters, digits or 8.3 symbols");
            }
            if (serial < 0 || serial > 0xffffffffL) {
                throw new IllegalArgumentException("FAT serial must be a 32-bit number");
            }
        }

        /** Options with the type chosen from the size. */
        public Options(String label, long serial, OptionalLong size) {
            this(label, serial, size, Optional.empty());
        }

        /** NixOS's efi.img: label EFIBOOT, serial 0x12345678, automatic size and type. */
        public static Options efiBoot() {
            return new Options("EFIBOOT", 0x12345678L, OptionalLong.empty());
        }

        /** These options with the FAT type fixed. */
        public Options withType(FatType t) {
            return new Options(label, serial, size, Optional.of(t));
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
            throw new ImageException("cannot write '" + output + "': " + IoErrors.reason(e), e);
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
    private record Layout(BootSector boot, FatTable fat, byte[] rootDir, List<Run> runs, long usedClusters) {}

    /** A contiguous cluster run: a directory's encoded entries, or a file. */
    private record Run(int firstCluster, int clusters, DirPlan dir, RegularFile file, String path, int parentCluster) {}

    private Layout layOut(DirPlan root) throws ImageException {
        long content = contentBytes(root);
        Optional<FatType> forced = options.type();
        long auto = Bytes.alignUp(content + content / 10 + (1 << 20), 64 * 1024);
        if (forced.equals(Optional.of(FatType.FAT32))) {
            // FAT32 needs at least 65525 clusters: about 33 MiB with 512-byte clusters.
            auto = Math.max(auto, 34L << 20);
        }
        long total = options.size().orElse(auto);
        boolean smallFits = root.slots() <= MAX_ROOT_ENTRIES;
        int rootEntries = Math.max(MIN_ROOT_ENTRIES, (int) Bytes.alignUp(root.slots(), 16));
        if (forced.isPresent() && forced.get() != FatType.FAT32 && !smallFits) {
            throw new ImageException("cannot make a " + forced.get() + " image: the root directory has too many entries ("
                    + root.slots() + " slots, at most " + MAX_ROOT_ENTRIES + "); use FAT32");
        }
        for (int attempt = 0; attempt < 64; attempt++) {
            if (smallFits && !forced.equals(Optional.of(FatType.FAT32))) {
                for (int spc = 1; spc <= MAX_SMALL_FAT_SPC; spc *= 2) {
                    BootSector boot = geometry(total / BootSector.SECTOR, spc, rootEntries, false);
                    if (boot != null && forced.map(t -> t == boot.type()).orElse(true)
                            && clustersNeeded(root, spc * BootSector.SECTOR, false) <= boot.clusterCount()) {
                        return allocate(root, boot);
                    }
                }
            }
            if (forced.isEmpty() || forced.get() == FatType.FAT32) {
                for (int spc : FAT32_SPC) {
                    BootSector boot = geometry(total / BootSector.SECTOR, spc, 0, true);
                    if (boot != null && clustersNeeded(root, spc * BootSector.SECTOR, true) <= boot.clusterCount()) {
                        return allocate(root, boot);
                    }
                }
            }
            if (options.size().isPresent()) {
                throw new ImageException("the files need about " + content + " bytes, more than the "
                        + forced.map(t -> t + " ").orElse("FAT ") + "image size of " + total + " bytes allows");
            }
            total += 1 << 20;
        }
        throw new ImageException("cannot find a " + forced.map(FatType::name).orElse("FAT") + " geometry for " + content + " bytes of files");
    }

    /**
     * The boot sector for this size and cluster size, or null when the cluster count does not suit the
     * family asked for (FAT12/16, or FAT32).
     */
    private BootSector geometry(long totalSectors, int spc, int rootEntries, boolean fat32) {
        int reserved = fat32 ? FAT32_RESERVED_SECTORS : RESERVED_SECTORS;
        int fatSectors = 1;
        for (int i = 0; i < 10; i++) {
            long rootSectors = (rootEntries * 32L + BootSector.SECTOR - 1) / BootSector.SECTOR;
            long data = totalSectors - reserved - (long) FAT_COUNT * fatSectors - rootSectors;
            if (data <= spc) {
                return null;
            }
            long clusters = data / spc;
            if (fat32 != (clusters >= FatType.MIN_FAT32_CLUSTERS) || clusters >= 0x0FFFFFF5L) {
                return null;
            }
            FatType type = FatType.forClusterCount(clusters);
            int needed = (int) Bytes.units(type.fatBytes(clusters), BootSector.SECTOR);
            if (needed <= fatSectors) {
                BootSector b = new BootSector(spc, reserved, FAT_COUNT, rootEntries, totalSectors, fatSectors,
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

    /** Clusters for the tree below {@code d}; the root directory takes clusters only on FAT32. */
    private static long clustersNeeded(DirPlan d, int clusterBytes, boolean fat32) {
        long n = d.isRoot() && !fat32 ? 0 : Bytes.units((long) d.slots() * DirEntry.SIZE, clusterBytes);
        for (Child c : d.children()) {
            n += c.dirPlan() != null ? clustersNeeded(c.dirPlan(), clusterBytes, fat32)
                    : Bytes.units(((RegularFile) c.node()).size(), clusterBytes);
        }
        return n;
    }

    private Layout allocate(DirPlan root, BootSector boot) {
        int clusterBytes = boot.sectorsPerCluster() * BootSector.SECTOR;
        FatTable fat = new FatTable(boot.type(), (int) boot.clusterCount());
        List<Run> runs = new ArrayList<>();
        java.util.Map<FsNode, Integer> first = new java.util.IdentityHashMap<>();
        int[] next = {2};
        boolean fat32 = boot.type() == FatType.FAT32;
        allocate(root, 0, clusterBytes, fat, runs, first, next, fat32);
        byte[] rootDir = new byte[boot.rootEntries() * DirEntry.SIZE];
        if (!fat32) {
            encodeEntries(root, 0, 0, first, rootDir);
        }
        return new Layout(boot, fat, rootDir, runs, next[0] - 2L);
    }

    private void allocate(DirPlan d, int parentCluster, int clusterBytes, FatTable fat, List<Run> runs,
            java.util.Map<FsNode, Integer> first, int[] next, boolean fat32) {
        int self = 0;
        if (!d.isRoot() || fat32) {
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
            // ".." names the root as cluster 0, also on FAT32 where the root has clusters.
            allocate(sub, d.isRoot() ? 0 : self, clusterBytes, fat, runs, first, next, fat32);
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
        byte[] bootSector = boot.encode();
        out.write(bootSector);
        if (boot.type() == FatType.FAT32) {
            long free = boot.clusterCount() - l.usedClusters();
            byte[] info = new FsInfo(free, free > 0 ? 2 + l.usedClusters() : 0xFFFFFFFFL).encode();
            out.write(info);
            out.padToOffset((long) BootSector.FAT32_BACKUP_SECTOR * BootSector.SECTOR);
            out.write(bootSector);
            out.write(info);
        }
        out.padToOffset((long) boot.reservedSectors() * BootSector.SECTOR);
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
