/**
 * The operating system's strings as Java text, byte for byte. To Linux, and to Nix, command-line arguments,
 * environment variables and file names are bytes, in no particular encoding; the JVM decodes them with the
 * locale's charset ({@code sun.jnu.encoding}, which cannot be overridden), so under {@code LANG=C} every
 * non-ASCII byte becomes U+FFFD, and even under a UTF-8 locale a byte that is not UTF-8 does.
 *
 * <p>nixj's convention for such text: valid UTF-8 decodes to its characters, and every byte that is not part
 * of a valid UTF-8 sequence becomes one lone surrogate, U+DC80 to U+DCFF for bytes 0x80 to 0xFF (as
 * Python's {@code surrogateescape}). {@link org.nixj.os.OsText} converts between bytes and such text;
 * {@link org.nixj.os.FileNames} between it and {@link java.nio.file.Path}s, whose bytes the JDK keeps exactly;
 * {@link org.nixj.os.ProcessText} reads the process's own arguments and environment as bytes.
 */
package org.nixj.os;
