/**
 * Debian packages as the binaries of nixj's builds: {@link org.nixj.build.debian.DebianVersion} (dpkg's version
 * order), the pin generator that resolves closures over apt's package lists and writes them as a Nix file
 * ({@link org.nixj.build.debian.PinGenerator}), the local sources {@code builtin:fetchurl} consults for
 * {@code mirror://debian/pool/…} files (folders of {@code .deb} files, the host's apt), and the
 * {@code builtin:nixj-unpack-deb} builder.
 */
package org.nixj.build.debian;
