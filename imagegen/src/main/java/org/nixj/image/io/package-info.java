/**
 * Byte-level helpers shared by the writers: little-, big- and both-endian fields
 * (ECMA-119 §7.2-7.3 "both-byte orders"), sequential block allocation, a buffered positional writer over a
 * {@link java.nio.channels.FileChannel}, and atomic output (temporary file in the target directory, fsync,
 * rename; deleted on error or interrupt).
 */
package org.nixj.image.io;
