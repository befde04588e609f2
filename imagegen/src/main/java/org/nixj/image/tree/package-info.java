/**
 * The file tree every image writer consumes: a sealed {@link org.nixj.image.tree.FsNode} family
 * (directories, regular files, symlinks, device nodes) with POSIX attributes, built once from a directory
 * and/or a NixOS-style {@code target=source} list ({@link org.nixj.image.tree.TreeBuilder}) plus entries
 * stated in {@code gen_init_cpio} syntax ({@link org.nixj.image.tree.EntryList}: device nodes without root),
 * and made reproducible before layout, owners kept only where an {@link org.nixj.image.tree.Ownership} says
 * ({@link org.nixj.image.tree.Reproducible}, following the
 * <a href="https://reproducible-builds.org/specs/source-date-epoch/">SOURCE_DATE_EPOCH specification</a>).
 *
 * <p>File contents are never held in memory: a {@link org.nixj.image.tree.FileContent} knows its size and
 * opens a stream or channel when a writer copies it.
 */
package org.nixj.image.tree;
