/**
 * Where Nix code comes from and how its errors are shown: {@link org.nixj.source.Source} (a file, a string
 * given on the command line, or standard input), {@link org.nixj.source.Pos} (a byte offset into a source,
 * with line and column computed on demand) and {@link org.nixj.source.NixError}, the base of every error nixj
 * reports, rendered in Nix's {@code error: ... at file:line:col:} form by {@link org.nixj.source.ErrorRenderer}.
 *
 * <p>Nix code is bytes. A source's text is held as a "byte string": a Java {@code String} whose every char is
 * one byte (0-255), as decoded with ISO-8859-1. Offsets, columns and lengths therefore count bytes, exactly as
 * Nix counts them, and any input, valid UTF-8 or not, round-trips unchanged.
 */
package org.nixj.source;
