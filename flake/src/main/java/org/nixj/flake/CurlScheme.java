package org.nixj.flake;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code tarball+https://...} and {@code file+https://...} (also over {@code http} and {@code file}): an
 * archive to unpack, or a single file. A plain URL is a tarball when it ends in an archive extension or when
 * a tree is required (as for flakes), and a file otherwise. The parameters Nix knows ({@code narHash},
 * {@code rev}, {@code revCount}, {@code lastModified}) leave the URL; a {@code narHash} locks it.
 */
final class CurlScheme implements InputScheme {
    private static final Set<String> TRANSPORTS = Set.of("file", "http", "https");
    private static final List<String> TARBALL_EXTENSIONS = List.of(".zip", ".tar", ".tgz", ".tar.gz", ".tar.xz", ".tar.bz2", ".tar.zst");

    private final boolean tarball;

    CurlScheme(boolean tarball) {
        this.tarball = tarball;
    }

    @Override
    public String name() {
        return tarball ? "tarball" : "file";
    }

    static boolean hasTarballExtension(ParsedUrl url) {
        if (url.path.isEmpty()) {
            return false;
        }
        String last = url.path.get(url.path.size() - 1);
        return TARBALL_EXTENSIONS.stream().anyMatch(last::endsWith);
    }

    private boolean isValidUrl(ParsedUrl url, boolean requireTree) {
        String application = ParsedUrl.application(url.scheme);
        if (!TRANSPORTS.contains(ParsedUrl.transport(url.scheme))) {
            return false;
        }
        if (application != null) {
            return application.equals(name());
        }
        return tarball ? requireTree || hasTarballExtension(url) : !requireTree && !hasTarballExtension(url);
    }

    @Override
    public Optional<TreeMap<String, Object>> fromUrl(ParsedUrl given, boolean requireTree) {
        if (!isValidUrl(given, requireTree)) {
            return Optional.empty();
        }
        ParsedUrl url = given.copy();
        url.scheme = ParsedUrl.transport(url.scheme);
        TreeMap<String, Object> attrs = new TreeMap<>();
        String narHash = url.query.get("narHash");
        if (narHash != null) {
            attrs.put("narHash", narHash);
        }
        String rev = url.query.get("rev");
        if (rev != null) {
            attrs.put("rev", rev);
        }
        for (String count : List.of("revCount", "lastModified")) {
            String value = url.query.get(count);
            if (value != null) {
                Inputs.parseCount(value).ifPresent(n -> attrs.put(count, n));
            }
        }
        // What remains of the query is for the server.
        url.query.keySet().removeAll(allowedAttrs());
        attrs.put("type", name());
        attrs.put("url", url.toString());
        return Optional.of(attrs);
    }

    @Override
    public Set<String> allowedAttrs() {
        return Set.of("type", "url", "narHash", "name", "unpack", "rev", "revCount", "lastModified");
    }

    @Override
    public TreeMap<String, Object> fromAttrs(TreeMap<String, Object> attrs) {
        return attrs;
    }

    @Override
    public ParsedUrl toUrl(Map<String, Object> attrs) {
        ParsedUrl url = ParsedUrl.parse(InputAttrs.string(attrs, "url"), false);
        InputAttrs.narHash(attrs).ifPresent(hash -> url.query.put("narHash", InputAttrs.sri(hash)));
        return url;
    }

    @Override
    public boolean isLocked(Map<String, Object> attrs) {
        return InputAttrs.narHash(attrs).isPresent();
    }
}
