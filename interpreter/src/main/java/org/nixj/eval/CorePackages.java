package org.nixj.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The files Nix serves from its own {@code corepkgs} under {@code <nix/...>}, when no search path entry has
 * them: current Nix has only {@code fetchurl.nix} there for every command ({@code buildenv.nix} is added by
 * {@code nix-env} alone). nixj's are its own files (resources next to this class) that behave as Nix's do.
 * Since nixj's paths are files, a lookup gives the file as a store path written on first use, not Nix's
 * display form {@code <nix/fetchurl.nix>}.
 */
final class CorePackages {
    private static final String PREFIX = "nix/";
    private static final Set<String> FILES = Set.of("fetchurl.nix");

    private CorePackages() {}

    /** The file name {@code <name>} asks for among the core packages, or null when it names none. */
    static String fileName(String name) {
        if (!name.startsWith(PREFIX)) {
            return null;
        }
        String file = name.substring(PREFIX.length());
        return FILES.contains(file) ? file : null;
    }

    /** The text of the core package file {@code file}, one of those {@link #fileName} gives, as a byte string. */
    static String text(String file) {
        try (InputStream in = CorePackages.class.getResourceAsStream("corepkgs/" + file)) {
            return ByteStrings.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
