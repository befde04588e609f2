package org.nixj.image.iso;

import java.util.ArrayList;
import java.util.List;

/**
 * The directory records of one directory extent, for the primary tree (with Rock Ridge) or the Joliet tree
 * (without). Used twice: in layout for sizes (extents still 0) and in emit with the final extents.
 */
final class IsoRecords {
    private IsoRecords() {}

    static List<DirectoryRecord> primary(IsoNode dir, IsoOptions options) {
        List<DirectoryRecord> out = new ArrayList<>();
        IsoNode parent = dir.parentOrSelf();
        out.add(new DirectoryRecord(dir.dirLba, dir.dirSize, date(dir, options), DirectoryRecord.FLAG_DIRECTORY,
                DirectoryRecord.SELF, dir.self.inline()));
        out.add(new DirectoryRecord(parent.dirLba, parent.dirSize, date(parent, options), DirectoryRecord.FLAG_DIRECTORY,
                DirectoryRecord.PARENT, dir.dotDot.inline()));
        for (IsoNode c : dir.children) {
            byte[] su = c.asChild.inline();
            if (c.isDirectory()) {
                out.add(new DirectoryRecord(c.dirLba, c.dirSize, date(c, options), DirectoryRecord.FLAG_DIRECTORY, c.primaryId, su));
            } else {
                fileRecords(out, c, c.primaryId, su, options);
            }
        }
        return out;
    }

    static List<DirectoryRecord> joliet(IsoNode dir, IsoOptions options) {
        List<DirectoryRecord> out = new ArrayList<>();
        IsoNode parent = dir.parentOrSelf();
        byte[] none = new byte[0];
        out.add(new DirectoryRecord(dir.jolietDirLba, dir.jolietDirSize, date(dir, options), DirectoryRecord.FLAG_DIRECTORY,
                DirectoryRecord.SELF, none));
        out.add(new DirectoryRecord(parent.jolietDirLba, parent.jolietDirSize, date(parent, options), DirectoryRecord.FLAG_DIRECTORY,
                DirectoryRecord.PARENT, none));
        for (IsoNode c : dir.jolietChildren) {
            if (c.isDirectory()) {
                out.add(new DirectoryRecord(c.jolietDirLba, c.jolietDirSize, date(c, options), DirectoryRecord.FLAG_DIRECTORY,
                        c.jolietId, none));
            } else {
                fileRecords(out, c, c.jolietId, none, options);
            }
        }
        return out;
    }

    /** One record per extent: files of {@code maxExtent} bytes or more become multi-extent (level 3). */
    private static void fileRecords(List<DirectoryRecord> out, IsoNode c, byte[] id, byte[] su, IsoOptions options) {
        long size = c.size();
        long max = options.maxExtent();
        if (size <= max) {
            out.add(new DirectoryRecord(c.hasData() ? c.dataLba : 0, size, date(c, options), 0, id, su));
            return;
        }
        long extents = (size + max - 1) / max;
        for (long i = 0; i < extents; i++) {
            long len = Math.min(max, size - i * max);
            int flags = i + 1 < extents ? DirectoryRecord.FLAG_MULTI_EXTENT : 0;
            out.add(new DirectoryRecord(c.dataLba + i * (max / VolumeDescriptor.SECTOR), len, date(c, options), flags, id, su));
        }
    }

    private static byte[] date(IsoNode n, IsoOptions options) {
        return IsoDate.short7(n.fs == null ? options.epoch() : n.fs.attributes().mtime());
    }
}
