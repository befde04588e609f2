package org.nixj.image.squashfs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nixj.image.compress.Compressor;

/** Reads an image's tables back and walks its directory tree by following inode references (test helper). */
final class SquashfsReader {
    final Superblock sb;
    final MetadataReader inodes;
    final MetadataReader dirs;

    SquashfsReader(Path img, Compressor c) throws IOException {
        byte[] all = Files.readAllBytes(img);
        sb = Superblock.decode(all);
        inodes = new MetadataReader(Arrays.copyOfRange(all, (int) sb.inodeTableStart(), (int) sb.directoryTableStart()), c);
        long dirEnd = sb.fragmentCount() > 0 ? firstIndexEntry(all, sb.fragmentTableStart()) : firstIndexEntry(all, sb.idTableStart());
        dirs = new MetadataReader(Arrays.copyOfRange(all, (int) sb.directoryTableStart(), (int) dirEnd), c);
    }

    private static long firstIndexEntry(byte[] all, long index) {
        return org.nixj.image.io.Bytes.getLE64(all, (int) index);
    }

    /** Every path below the root, checking each entry's inode number and type against its inode. */
    List<String> walk() {
        List<String> out = new ArrayList<>();
        walk(sb.rootInode(), "", out);
        return out;
    }

    private void walk(long ref, String path, List<String> out) {
        Inode.Dir d = (Inode.Dir) Inode.decode(inodes.plain(), inodes.resolve(ref), sb.blockSize());
        int off = dirs.resolve(d.block() << 16 | d.offset());
        for (DirectoryListing.Entry e : DirectoryListing.decode(dirs.plain(), off, (int) d.listingSize())) {
            Inode child = Inode.decode(inodes.plain(), inodes.resolve(e.inodeRef()), sb.blockSize());
            if (child.header().number() != e.inodeNumber() || child.basicType() != e.type()) {
                throw new AssertionError(path + "/" + e.name() + ": entry says inode " + e.inodeNumber() + " type " + e.type()
                        + ", inode says " + child.header().number() + " type " + child.basicType());
            }
            out.add(path + "/" + e.name());
            if (child instanceof Inode.Dir) {
                walk(e.inodeRef(), path + "/" + e.name(), out);
            }
        }
    }
}
