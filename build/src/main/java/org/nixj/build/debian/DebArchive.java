package org.nixj.build.debian;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.ar.ArArchiveEntry;
import org.apache.commons.compress.archivers.ar.ArArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorInputStream;
import org.apache.commons.io.input.CloseShieldInputStream;

/**
 * Reads a {@code .deb} file: an ar archive of {@code debian-binary} ({@code 2.x}), {@code control.tar[.gz|.xz|.zst]}
 * and {@code data.tar[.gz|.xz|.zst|.bz2]}, in that order (deb(5)). Each tar member is handed to a visitor as a
 * {@link TarArchiveInputStream} in one pass over the file.
 */
public final class DebArchive {
    private DebArchive() {
    }

    /** What to do with the two tar members. */
    public interface Visitor {
        /** Reads {@code control.tar}. */
        void control(TarArchiveInputStream tar) throws IOException, DebianFormatException;

        /** Reads {@code data.tar}. */
        void data(TarArchiveInputStream tar) throws IOException, DebianFormatException;
    }

    /**
     * Reads {@code deb}, calling {@code visitor} for its control and data members.
     *
     * @throws DebianFormatException when the file is not a Debian binary package (the message names it)
     */
    public static void read(Path deb, Visitor visitor) throws IOException, DebianFormatException {
        try (InputStream file = new BufferedInputStream(Files.newInputStream(deb), 1 << 16);
             ArArchiveInputStream ar = new ArArchiveInputStream(file)) {
            ArArchiveEntry first = next(ar, deb);
            if (first == null || !first.getName().equals("debian-binary")) {
                throw new DebianFormatException("'" + deb + "' is not a Debian package: it does not start with 'debian-binary'");
            }
            String format = new String(ar.readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (!format.startsWith("2.")) {
                throw new DebianFormatException("'" + deb + "' is a Debian package of format " + format
                        + ", which nixj cannot read (only 2.x)");
            }
            boolean control = false;
            boolean data = false;
            for (ArArchiveEntry entry = next(ar, deb); entry != null; entry = next(ar, deb)) {
                String name = entry.getName();
                if (name.startsWith("control.tar") && !control) {
                    control = true;
                    try (TarArchiveInputStream tar = tar(ar, name, deb)) {
                        visitor.control(tar);
                    }
                } else if (name.startsWith("data.tar") && !data) {
                    data = true;
                    try (TarArchiveInputStream tar = tar(ar, name, deb)) {
                        visitor.data(tar);
                    }
                }
            }
            if (!control || !data) {
                throw new DebianFormatException("'" + deb + "' is not a Debian package: it has no "
                        + (control ? "data.tar" : "control.tar") + " member");
            }
        }
    }

    private static ArArchiveEntry next(ArArchiveInputStream ar, Path deb) throws IOException, DebianFormatException {
        try {
            return ar.getNextEntry();
        } catch (IOException e) {
            if (Files.size(deb) < 8) {
                throw new DebianFormatException("'" + deb + "' is not a Debian package: " + e.getMessage());
            }
            throw new DebianFormatException("'" + deb + "' is not a Debian package (not an ar archive): "
                    + e.getMessage(), e);
        }
    }

    /** The tar archive of ar member {@code name}, decompressed by its suffix; closing it leaves {@code ar} open. */
    private static TarArchiveInputStream tar(ArArchiveInputStream ar, String name, Path deb)
            throws IOException, DebianFormatException {
        InputStream member = CloseShieldInputStream.wrap(ar);
        InputStream plain;
        String suffix = name.substring(name.indexOf(".tar") + 4);
        switch (suffix) {
            case "" -> plain = member;
            case ".gz" -> plain = new GzipCompressorInputStream(member, true);
            case ".xz" -> plain = new XZCompressorInputStream(member, true);
            case ".zst" -> plain = new ZstdCompressorInputStream(member);
            case ".bz2" -> plain = new BZip2CompressorInputStream(member, true);
            default -> throw new DebianFormatException("'" + deb + "' has a member '" + name
                    + "' compressed in a way nixj cannot read");
        }
        return new TarArchiveInputStream(new BufferedInputStream(plain, 1 << 16), StandardCharsets.UTF_8.name());
    }
}
