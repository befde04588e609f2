/**
 * Compressors behind one interface, used per block (squashfs) and as streams (cpio initrds): zlib/gzip
 * from {@link java.util.zip} (RFC 1950-1952) and xz from xz-java (the
 * <a href="https://tukaani.org/xz/xz-file-format.txt">.xz file format</a>) with a CRC32 check, which both
 * the Linux kernel's initramfs and squashfs decoders require. Output depends only on the input bytes and
 * the options: no timestamps, no names.
 *
 * <p>zstd is not offered: the only well-kept Java zstd library (zstd-jni) ships native code per platform,
 * which the image writers avoid; xz and gzip cover the kernel's needs.
 */
package org.nixj.image.compress;
