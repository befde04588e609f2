/**
 * squashfs 4.0, the compressed read-only file system of NixOS's live images. Layout, structure by
 * structure, follows the kernel's {@code fs/squashfs/squashfs_fs.h} and squashfs-tools-ng's
 * {@code doc/format.adoc}: superblock, compressor options, data and fragment blocks, then the inode,
 * directory, fragment and id tables (in that order, which the kernel checks).
 *
 * <p>Data blocks are read, compressed (gzip, xz, zstd or lz4) and written concurrently but written in a
 * fixed order, so the image does not depend on the number of threads; an optional {@link
 * org.nixj.image.squashfs.BlockCache} reuses compressed blocks across builds without changing a byte.
 * Everything is owned by the ids the tree gives (normally root), all times are the tree's single mtime,
 * identical files share their blocks.
 *
 * <p>A builder calls {@link org.nixj.image.squashfs.SquashfsWriter#write} with
 * {@link org.nixj.image.squashfs.SquashfsWriter.Options#standard} and a compressor from
 * {@link org.nixj.image.squashfs.CompressionSpec#parse} (NixOS's {@code squashfsCompression} string).
 */
package org.nixj.image.squashfs;
