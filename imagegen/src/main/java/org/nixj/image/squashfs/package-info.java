/**
 * squashfs 4.0, the compressed read-only file system of NixOS's live images. Layout, structure by
 * structure, follows the kernel's {@code fs/squashfs/squashfs_fs.h} and squashfs-tools-ng's
 * {@code doc/format.adoc}: superblock, compressor options, data and fragment blocks, then the inode,
 * directory, fragment and id tables (in that order, which the kernel checks).
 *
 * <p>Data blocks are compressed in parallel but written in a fixed order, so the image does not depend on
 * the number of threads. Everything is owned by the ids the tree gives (normally root), all times are the
 * tree's single mtime, identical files share their blocks.
 */
package org.nixj.image.squashfs;
