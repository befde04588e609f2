package org.nixj.image.iso;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names in the two directory trees of one directory. Primary (ISO 9660 level 3, up to 31 d-characters as
 * xorriso's {@code -full-iso9660-filenames} allows): upper case, other characters as {@code _}, files as
 * {@code NAME.EXT;1}; the real name is in Rock Ridge's NM. Joliet: UCS-2 (big-endian), up to 64
 * characters, without the characters Joliet forbids. Both are made unique within their directory by
 * replacing the end of the name with a counter.
 */
public final class IsoNames {
    public static final int PRIMARY_MAX = 31;
    public static final int JOLIET_MAX = 64;

    private final Set<String> primaryUsed = new HashSet<>();
    private final Set<String> jolietUsed = new HashSet<>();

    /** The primary identifier for a child named {@code name}. */
    public byte[] primary(String name, boolean directory) {
        String clean = dChars(name, directory);
        int dot = directory ? -1 : clean.lastIndexOf('.');
        String base = dot < 0 ? clean : clean.substring(0, dot);
        String ext = dot < 0 ? "" : clean.substring(dot + 1);
        if (ext.length() > PRIMARY_MAX - 2) {
            ext = ext.substring(0, PRIMARY_MAX - 2);
        }
        int room = PRIMARY_MAX - (directory ? 0 : ext.length() + 1);
        base = base.substring(0, Math.min(base.length(), room));
        String id = join(base, ext, directory);
        for (int n = 1; !primaryUsed.add(id); n++) {
            String tail = Integer.toString(n);
            String b = base.substring(0, Math.min(base.length(), room - tail.length())) + tail;
            id = join(b, ext, directory);
        }
        return (directory ? id : id + ";1").getBytes(StandardCharsets.US_ASCII);
    }

    private static String join(String base, String ext, boolean directory) {
        return directory ? base : base + "." + ext;
    }

    /** Upper-case d-characters; a file keeps one dot (its last) as the extension separator. */
    private static String dChars(String name, boolean directory) {
        String up = name.toUpperCase(Locale.ROOT);
        int lastDot = directory ? -1 : up.lastIndexOf('.');
        StringBuilder sb = new StringBuilder(up.length());
        for (int i = 0; i < up.length(); i++) {
            char c = up.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            sb.append(ok || i == lastDot ? c : '_');
        }
        return sb.toString();
    }

    /** The Joliet identifier (UCS-2BE bytes) for a child named {@code name}. */
    public byte[] joliet(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean bad = c < 0x20 || "*/:;?\\".indexOf(c) >= 0 || Character.isSurrogate(c);
            sb.append(bad ? '_' : c);
        }
        String j = sb.toString();
        if (j.length() > JOLIET_MAX) {
            int dot = j.lastIndexOf('.');
            String ext = dot > 0 && j.length() - dot <= 8 ? j.substring(dot) : "";
            j = j.substring(0, JOLIET_MAX - ext.length()) + ext;
        }
        String candidate = j;
        for (int n = 1; !jolietUsed.add(candidate.toUpperCase(Locale.ROOT)); n++) {
            String tail = "_" + n;
            int dot = j.lastIndexOf('.');
            String ext = dot > 0 && j.length() - dot <= 8 ? j.substring(dot) : "";
            String base = j.substring(0, j.length() - ext.length());
            base = base.substring(0, Math.min(base.length(), JOLIET_MAX - ext.length() - tail.length()));
            candidate = base + tail + ext;
        }
        return candidate.getBytes(StandardCharsets.UTF_16BE);
    }

    /**
     * ECMA-119 9.3 order of primary identifiers: by name, then extension, each compared as if padded
     * with spaces, then by version (higher first).
     */
    public static final Comparator<byte[]> PRIMARY_ORDER = (a, b) -> {
        String[] pa = parts(a);
        String[] pb = parts(b);
        int c = comparePadded(pa[0], pb[0]);
        if (c != 0) {
            return c;
        }
        c = comparePadded(pa[1], pb[1]);
        return c != 0 ? c : pb[2].compareTo(pa[2]);
    };

    /** Joliet identifiers compare as their UCS-2 code units. */
    public static final Comparator<byte[]> JOLIET_ORDER = Arrays::compareUnsigned;

    private static String[] parts(byte[] id) {
        String s = new String(id, StandardCharsets.US_ASCII);
        int semi = s.indexOf(';');
        String version = semi < 0 ? "" : s.substring(semi + 1);
        String nameExt = semi < 0 ? s : s.substring(0, semi);
        int dot = nameExt.indexOf('.');
        return dot < 0 ? new String[] {nameExt, "", version} : new String[] {nameExt.substring(0, dot), nameExt.substring(dot + 1), version};
    }

    private static int comparePadded(String a, String b) {
        int n = Math.max(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char ca = i < a.length() ? a.charAt(i) : ' ';
            char cb = i < b.length() ? b.charAt(i) : ' ';
            if (ca != cb) {
                return Character.compare(ca, cb);
            }
        }
        return 0;
    }
}
