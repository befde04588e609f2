package org.nixj.image.fat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses 8.3 names within one directory. A name that is already an upper-case 8.3 name is kept and needs
 * no long-name entries; a name whose upper-case form is a valid 8.3 name keeps that form (and gets a long
 * name for its case); anything else gets a {@code BASIS~N.EXT} name, N counting up until unique.
 */
public final class ShortNames {
    private final Set<String> used = new HashSet<>();

    /** The decision for one name: its 11-byte short form and whether long-name entries are needed. */
    public record Choice(byte[] shortName, boolean needsLongName) {}

    public Choice choose(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        String direct = plain83(upper);
        if (direct != null && used.add(direct)) {
            return new Choice(pad(direct), !upper.equals(name));
        }
        int dot = name.lastIndexOf('.');
        String base = clean(dot > 0 ? name.substring(0, dot) : name);
        String ext = clean(dot > 0 ? name.substring(dot + 1) : "");
        if (ext.length() > 3) {
            ext = ext.substring(0, 3);
        }
        if (base.isEmpty()) {
            base = "_";
        }
        for (int n = 1; n < 1_000_000; n++) {
            String tail = "~" + n;
            String b = base.substring(0, Math.min(base.length(), 8 - tail.length())) + tail;
            String candidate = ext.isEmpty() ? b : b + "." + ext;
            if (used.add(candidate)) {
                return new Choice(pad(candidate), true);
            }
        }
        throw new IllegalStateException("no free short name for " + name);
    }

    /** {@code s} itself when it is a valid 8.3 name, else null. */
    private static String plain83(String s) {
        if (s.equals(".") || s.equals("..")) {
            return null;
        }
        int dot = s.indexOf('.');
        String base = dot < 0 ? s : s.substring(0, dot);
        String ext = dot < 0 ? "" : s.substring(dot + 1);
        if (base.isEmpty() || base.length() > 8 || ext.length() > 3 || ext.indexOf('.') >= 0 || (dot >= 0 && ext.isEmpty())) {
            return null;
        }
        return clean(base).equals(base) && clean(ext).equals(ext) ? s : null;
    }

    /** Upper case, without spaces and dots, with characters 8.3 cannot hold replaced by {@code _}. */
    private static String clean(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '.') {
                continue;
            }
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$%&'()-@^_`{}~".indexOf(c) >= 0;
            sb.append(ok ? c : '_');
        }
        return sb.toString();
    }

    private static byte[] pad(String name83) {
        byte[] b = new byte[11];
        java.util.Arrays.fill(b, (byte) ' ');
        int dot = name83.indexOf('.');
        String base = dot < 0 ? name83 : name83.substring(0, dot);
        String ext = dot < 0 ? "" : name83.substring(dot + 1);
        System.arraycopy(base.getBytes(StandardCharsets.US_ASCII), 0, b, 0, base.length());
        System.arraycopy(ext.getBytes(StandardCharsets.US_ASCII), 0, b, 8, ext.length());
        return b;
    }
}
