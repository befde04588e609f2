package org.nixj.build.debian;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.compress.archivers.ar.ArArchiveEntry;
import org.apache.commons.compress.archivers.ar.ArArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorOutputStream;
import org.nixj.store.ATerm;
import org.nixj.store.ContentAddress;
import org.nixj.store.Derivation;
import org.nixj.store.DerivationOutput;
import org.nixj.store.FileIngestionMethod;
import org.nixj.store.LocalStore;
import org.nixj.store.StorePath;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;
import org.nixj.store.hash.HashFormat;

/** Makes {@code .deb} files and the derivations that fetch and unpack them, for tests. */
final class DebFixtures {
    private DebFixtures() {
    }

    /** One tar entry: a file ({@code link} null, {@code type} 'f'), directory ('d'), symlink ('l') or hard link ('h'). */
    record Entry(String name, char type, int mode, int uid, int gid, String user, String group, String content) {
        static Entry file(String name, int mode, String content) {
            return new Entry(name, 'f', mode, 0, 0, "root", "root", content);
        }

        static Entry dir(String name, int mode) {
            return new Entry(name, 'd', mode, 0, 0, "root", "root", null);
        }

        static Entry symlink(String name, String target) {
            return new Entry(name, 'l', 0777, 0, 0, "root", "root", target);
        }

        static Entry hardLink(String name, String target) {
            return new Entry(name, 'h', 0644, 0, 0, "root", "root", target);
        }

        Entry owned(int newUid, int newGid, String newUser, String newGroup) {
            return new Entry(name, type, mode, newUid, newGid, newUser, newGroup, content);
        }
    }

    static byte[] tar(List<Entry> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_GNU);
            for (Entry e : entries) {
                TarArchiveEntry entry = switch (e.type()) {
                    case 'd' -> new TarArchiveEntry(e.name());
                    case 'l' -> new TarArchiveEntry(e.name(), TarArchiveEntry.LF_SYMLINK);
                    case 'h' -> new TarArchiveEntry(e.name(), TarArchiveEntry.LF_LINK);
                    default -> new TarArchiveEntry(e.name());
                };
                entry.setMode((e.type() == 'd' ? 040000 : e.type() == 'l' ? 0120000 : 0100000) | e.mode());
                entry.setIds(e.uid(), e.gid());
                entry.setNames(e.user(), e.group());
                byte[] content = new byte[0];
                if (e.type() == 'l' || e.type() == 'h') {
                    entry.setLinkName(e.content());
                } else if (e.type() == 'f') {
                    content = e.content().getBytes(StandardCharsets.UTF_8);
                    entry.setSize(content.length);
                }
                tar.putArchiveEntry(entry);
                tar.write(content);
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A {@code .deb} with a gzip control member and an xz data member, as Debian makes them. */
    static byte[] deb(List<Entry> control, List<Entry> data) throws IOException {
        return deb(control, data, ".xz");
    }

    /** A {@code .deb} with a gzip control member and a data member compressed as {@code suffix} says. */
    static byte[] deb(List<Entry> control, List<Entry> data, String suffix) throws IOException {
        ByteArrayOutputStream controlGz = new ByteArrayOutputStream();
        try (OutputStream out = new GzipCompressorOutputStream(controlGz)) {
            out.write(tar(control));
        }
        ByteArrayOutputStream dataBytes = new ByteArrayOutputStream();
        try (OutputStream out = switch (suffix) {
            case ".xz" -> new XZCompressorOutputStream(dataBytes);
            case ".zst" -> new ZstdCompressorOutputStream(dataBytes);
            case ".gz" -> new GzipCompressorOutputStream(dataBytes);
            default -> dataBytes;
        }) {
            out.write(tar(data));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ArArchiveOutputStream ar = new ArArchiveOutputStream(bytes)) {
            member(ar, "debian-binary", "2.0\n".getBytes(StandardCharsets.US_ASCII));
            member(ar, "control.tar.gz", controlGz.toByteArray());
            member(ar, "data.tar" + suffix, dataBytes.toByteArray());
        }
        return bytes.toByteArray();
    }

    private static void member(ArArchiveOutputStream ar, String name, byte[] content) throws IOException {
        ar.putArchiveEntry(new ArArchiveEntry(name, content.length, 0, 0, 0100644, 0));
        ar.write(content);
        ar.closeArchiveEntry();
    }

    /** A derivation with structured attributes {@code attrs} (strings) and one input-addressed output {@code out}. */
    static StorePath derivation(LocalStore store, String name, String builder,
                                Map<String, String> attrs, List<StorePath> inputDrvs, List<StorePath> inputSrcs)
            throws IOException {
        StorePath out = store.directory().makeOutputPath("out", Hash.of(HashAlgorithm.SHA256, (name + attrs).getBytes()), name);
        TreeMap<String, String> json = new TreeMap<>(attrs);
        json.put("out", store.directory().print(out));
        StringBuilder text = new StringBuilder("{");
        json.forEach((k, v) -> text.append(text.length() > 1 ? "," : "").append('"').append(k).append("\":\"")
                .append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"'));
        text.append('}');
        TreeMap<StorePath, java.util.SortedSet<String>> drvs = new TreeMap<>();
        inputDrvs.forEach(d -> drvs.put(d, new TreeSet<>(List.of("out"))));
        Derivation drv = new Derivation(name, new TreeMap<>(Map.of("out", new DerivationOutput.InputAddressed(out))),
                drvs, new TreeSet<>(inputSrcs), "x86_64-linux", builder, List.of(),
                new TreeMap<>(Map.of("__json", text.toString(), "out", store.directory().print(out))));
        return store.addText(name + ".drv", ATerm.write(store.directory(), drv).getBytes(StandardCharsets.ISO_8859_1),
                drv.references());
    }

    /** A {@code builtin:fetchurl} derivation of a flat SHA-256 fixed output, with extra attributes. */
    static StorePath fetchurl(LocalStore store, String name, String url, Hash sha256, Map<String, String> extra)
            throws IOException {
        ContentAddress ca = new ContentAddress(FileIngestionMethod.FLAT, sha256);
        StorePath out = store.directory().makeFixedOutputPath(name, ca);
        TreeMap<String, String> env = new TreeMap<>(extra);
        env.putAll(Map.of("url", url, "out", store.directory().print(out), "outputHash",
                sha256.format(HashFormat.SRI, true)));
        Derivation drv = new Derivation(name, new TreeMap<>(Map.of("out", new DerivationOutput.Fixed(ca))),
                new TreeMap<>(), new TreeSet<>(), "builtin", "builtin:fetchurl", List.of(), env);
        return store.addText(name + ".drv", ATerm.write(store.directory(), drv).getBytes(StandardCharsets.ISO_8859_1),
                drv.references());
    }

    static Hash sha256(byte[] bytes) {
        return Hash.of(HashAlgorithm.SHA256, bytes);
    }

    static Hash sha256(Path file) throws IOException {
        return sha256(Files.readAllBytes(file));
    }
}
