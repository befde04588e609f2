/**
 * Compressors behind one interface, used per block (squashfs) and as streams (cpio initrds): zlib/gzip
 * from {@link java.util.zip} (RFC 1950-1952); xz from xz-java (the
 * <a href="https://tukaani.org/xz/xz-file-format.txt">.xz file format</a>) with a CRC32 check, which both
 * the Linux kernel's initramfs and squashfs decoders require; zstd (RFC 8878 frames) from zstd-jni, the
 * reference libzstd bundled per platform, NixOS's default squashfs compressor; and LZ4 blocks (legacy frames
 * for streams) from lz4-java's pure-Java code, for fast test builds. Output depends only on the input bytes,
 * the options and, for zstd, the libzstd version: no timestamps, no names.
 */
package org.nixj.image.compress;
