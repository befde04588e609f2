package org.nixj.build.debian;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Where {@code builtin:fetchurl} downloads Debian's files from: the mirror names of {@code mirror://debian/…}
 * and {@code mirror://debian-security/…} URLs and their default bases. Debian's snapshot archive comes first,
 * since it keeps every file ever published (the main mirrors drop superseded versions); its view at a timestamp
 * holds what the archive held then, so the timestamp is that of the package lists a pin file was made from.
 * The local sources (folders of {@code .deb} files, the host's apt) are consulted before any of these.
 */
public final class DebianMirrors {
    /** The mirror name of Debian's main archive ({@code bookworm}, {@code bookworm-updates}). */
    public static final String DEBIAN = "debian";
    /** The mirror name of Debian's security archive, whose pool is {@code pool/updates/…}. */
    public static final String DEBIAN_SECURITY = "debian-security";

    /**
     * The snapshot timestamp of the bundled pin file {@code pkgs/debian/bookworm-amd64.nix} (its header says
     * the same; a test keeps the two equal).
     */
    public static final String BUNDLED_SNAPSHOT = "20261205T033328Z";

    /** The default mirrors for the bundled pin file. */
    public static final Map<String, List<String>> DEFAULT = of(BUNDLED_SNAPSHOT);

    private static final DateTimeFormatter SNAPSHOT_FORMAT =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private DebianMirrors() {
    }

    /**
     * The mirrors for pins made at {@code snapshot} ({@code yyyyMMddTHHmmssZ}): the snapshot archive's view at
     * that time, then {@code deb.debian.org}.
     */
    public static Map<String, List<String>> of(String snapshot) {
        return Map.of(
                DEBIAN, List.of("https://snapshot.debian.org/archive/debian/" + snapshot + "/",
                        "https://deb.debian.org/debian/"),
                DEBIAN_SECURITY, List.of("https://snapshot.debian.org/archive/debian-security/" + snapshot + "/",
                        "https://deb.debian.org/debian-security/"));
    }

    /** {@code instant} as the snapshot archive writes timestamps. */
    public static String snapshotTimestamp(Instant instant) {
        return SNAPSHOT_FORMAT.format(instant);
    }

    /**
     * The {@code mirror://} URL of a pool file: the security archive's for {@code pool/updates/…} (where it keeps
     * its pool), the main archive's otherwise.
     */
    public static String url(String filename) {
        return "mirror://" + (filename.startsWith("pool/updates/") ? DEBIAN_SECURITY : DEBIAN) + "/" + filename;
    }
}
