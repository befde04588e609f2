package org.nixj.image.iso;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.nixj.image.io.BlockAllocator;
import org.nixj.image.io.Bytes;

/**
 * The layout phase: gives every structure its sectors, in image order — system area (0-15), volume
 * descriptors, path tables, primary then Joliet directory extents, Rock Ridge continuation sectors, the
 * boot catalog, boot files, then all other file data in tree order. Directory extents' sizes depend only
 * on names and system-use sizes, so one pass decides everything before a byte is written.
 */
final class IsoLayout {
    static final int SECTOR = VolumeDescriptor.SECTOR;

    final IsoOptions options;
    final IsoNode root;
    final List<IsoNode> primaryDirs;
    final List<IsoNode> jolietDirs;
    final List<IsoNode> dataOrder = new ArrayList<>();
    final List<Long> ceSectors = new ArrayList<>();
    final java.util.Map<IsoNode, List<Long>> ceSectorsOf = new java.util.IdentityHashMap<>();
    final List<SystemUseArea> areas = new ArrayList<>();
    final long pvdLba = 16;
    long bootRecordLba = -1;
    long jolietSvdLba = -1;
    long terminatorLba;
    long lPath;
    long mPath;
    long jlPath;
    long jmPath;
    long pathTableSize;
    long jolietPathTableSize;
    IsoNode catalog;
    IsoNode biosImage;
    IsoNode efiImage;
    /** Sectors up to the end of the last file. */
    long isoEnd;
    /** Bytes of the whole image, padding and backup GPT included. */
    long totalBytes;

    IsoLayout(IsoOptions options, IsoNode root, IsoNode catalog, IsoNode biosImage, IsoNode efiImage) {
        this.options = options;
        this.root = root;
        this.catalog = catalog;
        this.biosImage = biosImage;
        this.efiImage = efiImage;
        this.primaryDirs = pathOrder(root, false);
        this.jolietDirs = options.joliet() ? pathOrder(root, true) : List.of();
        layOut();
    }

    /** Directories level by level; within a level by parent number, then in each tree's sort order. */
    static List<IsoNode> pathOrder(IsoNode root, boolean joliet) {
        List<IsoNode> out = new ArrayList<>();
        ArrayDeque<IsoNode> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            IsoNode d = queue.poll();
            out.add(d);
            if (joliet) {
                d.jolietPathNumber = out.size();
            } else {
                d.pathNumber = out.size();
            }
            for (IsoNode c : joliet ? d.jolietChildren : d.children) {
                if (c.isDirectory()) {
                    queue.add(c);
                }
            }
        }
        return out;
    }

    private void layOut() {
        BlockAllocator alloc = new BlockAllocator(SECTOR, 17);
        if (options.elTorito()) {
            bootRecordLba = alloc.allocateBlocks(1);
        }
        if (options.joliet()) {
            jolietSvdLba = alloc.allocateBlocks(1);
        }
        terminatorLba = alloc.allocateBlocks(1);

        pathTableSize = PathTable.size(pathEntries(false));
        lPath = alloc.allocate(pathTableSize);
        mPath = alloc.allocate(pathTableSize);
        if (options.joliet()) {
            jolietPathTableSize = PathTable.size(pathEntries(true));
            jlPath = alloc.allocate(jolietPathTableSize);
            jmPath = alloc.allocate(jolietPathTableSize);
        }
        for (IsoNode d : primaryDirs) {
            d.dirSize = extentSize(IsoRecords.primary(d, options));
            d.dirLba = alloc.allocate(d.dirSize);
            // libarchive reads a directory's continuation areas only right after its extent, as mkisofs puts them.
            placeContinuationAreas(d, alloc);
        }
        for (IsoNode d : jolietDirs) {
            d.jolietDirSize = extentSize(IsoRecords.joliet(d, options));
            d.jolietDirLba = alloc.allocate(d.jolietDirSize);
        }
        if (catalog != null) {
            catalog.dataLba = alloc.allocate(SECTOR);
        }
        for (IsoNode boot : new IsoNode[] {biosImage, efiImage}) {
            if (boot != null && boot.dataLba == 0) {
                boot.dataLba = alloc.allocate(boot.size());
                dataOrder.add(boot);
            }
        }
        allocateFiles(root, alloc);
        isoEnd = alloc.next();
        boolean hybrid = options.isohybridMbr().isPresent() || options.hybridGpt();
        totalBytes = hybrid
                ? Bytes.alignUp(isoEnd * SECTOR + (options.hybridGpt() ? (1 + Gpt.ENTRY_SECTORS) * 512L : 0), 1 << 20)
                : isoEnd * SECTOR;
    }

    private void allocateFiles(IsoNode dir, BlockAllocator alloc) {
        for (IsoNode c : dir.children) {
            if (c.kind == IsoNode.Kind.FILE && c.hasData() && c != biosImage && c != efiImage) {
                c.dataLba = alloc.allocate(c.size());
                dataOrder.add(c);
            }
        }
        for (IsoNode c : dir.children) {
            if (c.isDirectory()) {
                allocateFiles(c, alloc);
            }
        }
    }

    /** Packs the continuation areas of {@code d}'s records into sectors; an area never crosses a sector. */
    private void placeContinuationAreas(IsoNode d, BlockAllocator alloc) {
        long sector = -1;
        int used = SECTOR;
        List<SystemUseArea> list = new ArrayList<>(List.of(d.self, d.dotDot));
        for (IsoNode c : d.children) {
            list.add(c.asChild);
        }
        for (SystemUseArea a : list) {
            int[] lengths = a.areaLengths();
            for (int i = 0; i < lengths.length; i++) {
                if (used + lengths[i] > SECTOR) {
                    sector = alloc.allocateBlocks(1);
                    ceSectors.add(sector);
                    ceSectorsOf.computeIfAbsent(d, k -> new ArrayList<>()).add(sector);
                    used = 0;
                }
                a.place(i, sector, used);
                used += lengths[i];
            }
            if (lengths.length > 0) {
                areas.add(a);
            }
        }
    }


    /** The bytes a directory extent takes: records never cross a sector boundary. */
    static long extentSize(List<DirectoryRecord> records) {
        long size = 0;
        for (DirectoryRecord r : records) {
            int len = r.length();
            if (size % SECTOR + len > SECTOR) {
                size = Bytes.alignUp(size, SECTOR);
            }
            size += len;
        }
        return Math.max(SECTOR, Bytes.alignUp(size, SECTOR));
    }

    /** The extent's bytes: the records, with zero fill before a record that would cross a sector. */
    static byte[] encodeExtent(List<DirectoryRecord> records, long size) {
        byte[] b = new byte[(int) size];
        int off = 0;
        for (DirectoryRecord r : records) {
            byte[] e = r.encode();
            if (off % SECTOR + e.length > SECTOR) {
                off = (int) Bytes.alignUp(off, SECTOR);
            }
            System.arraycopy(e, 0, b, off, e.length);
            off += e.length;
        }
        return b;
    }

    List<PathTable.Entry> pathEntries(boolean joliet) {
        List<PathTable.Entry> out = new ArrayList<>();
        for (IsoNode d : joliet ? jolietDirs : primaryDirs) {
            byte[] id = d.parent == null ? DirectoryRecord.SELF : joliet ? d.jolietId : d.primaryId;
            long lba = joliet ? d.jolietDirLba : d.dirLba;
            int parent = d.parent == null ? 1 : joliet ? d.parent.jolietPathNumber : d.parent.pathNumber;
            out.add(new PathTable.Entry(id, lba, parent));
        }
        return out;
    }
}
