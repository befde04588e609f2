package org.nixj.fetch;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;
import org.nixj.store.hash.HashException;

/**
 * An input as Nix's fetchers hold it: sorted attributes whose values are strings, Booleans or integers. It knows
 * nothing of Nix values; a malformed input is a {@link FetchException}.
 */
public record FetchInput(TreeMap<String, Object> attrs) {
    /** {@code user@host:path}, Git's scp-like address syntax. */
    private static final Pattern SCP_STYLE = Pattern.compile("([^/]*)@(.*):(.*)");

    public String type() {
        return (String) attrs.get("type");
    }

    public Optional<String> string(String name) {
        return attrs.get(name) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    public String required(String name) {
        Object value = attrs.get(name);
        if (value == null) {
            throw new FetchException("input attribute '" + name + "' is missing");
        }
        if (!(value instanceof String s)) {
            throw new FetchException("input attribute '" + name + "' is not a string");
        }
        return s;
    }

    public boolean bool(String name) {
        return Boolean.TRUE.equals(attrs.get(name));
    }

    public Optional<Long> integer(String name) {
        return attrs.get(name) instanceof Long n ? Optional.of(n) : Optional.empty();
    }

    public Optional<Hash> narHash() {
        return string("narHash").map(text -> {
            try {
                return Hash.parseAny(text, HashAlgorithm.SHA256);
            } catch (HashException e) {
                throw new FetchException(e.getMessage());
            }
        });
    }

    public void checkAttributes(String... allowed) {
        for (String name : attrs.keySet()) {
            if (!name.equals("type") && !List.of(allowed).contains(name)) {
                throw new FetchException("input attribute '" + name + "' not supported by scheme '" + type() + "'");
            }
        }
    }

    /** Locked inputs give the same tree on every fetch: pure evaluation fetches nothing else. */
    public boolean isLocked() {
        return switch (type()) {
            case "git", "github", "gitlab", "sourcehut" -> attrs.containsKey("rev");
            default -> attrs.containsKey("narHash");
        };
    }

    /** Nix's {@code fixGitURL}: absolute paths become {@code file://} URLs, scp-style addresses {@code ssh://}. */
    public static String fixGitUrl(String url) {
        if (url.startsWith("/")) {
            return "file://" + url;
        }
        Matcher scp = SCP_STYLE.matcher(url);
        if (!url.contains("://") && scp.matches()) {
            return "ssh://" + scp.group(1) + "@" + scp.group(2) + "/" + scp.group(3);
        }
        return url;
    }

    /** An input from a URL-like reference: {@code github:}, {@code path:}, {@code git+...}, {@code tarball+...}, {@code file+...} or a plain URL. */
    public static FetchInput fromUrl(String url) {
        TreeMap<String, Object> attrs = new TreeMap<>();
        String base = url;
        int question = url.indexOf('?');
        if (question >= 0) {
            base = url.substring(0, question);
            for (String param : url.substring(question + 1).split("&")) {
                int eq = param.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? param : param.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(param.substring(eq + 1), StandardCharsets.UTF_8);
                attrs.put(key, switch (key) {
                    case "revCount", "lastModified" -> Long.parseLong(value);
                    case "shallow", "submodules", "exportIgnore", "allRefs", "lfs" -> value.equals("1") || value.equals("true");
                    default -> value;
                });
            }
        }
        if (base.startsWith("github:")) {
            String[] parts = base.substring("github:".length()).split("/");
            if (parts.length < 2 || parts.length > 3) {
                throw new FetchException("'" + url + "' is not a valid URL");
            }
            attrs.put("type", "github");
            attrs.put("owner", parts[0]);
            attrs.put("repo", parts[1]);
            if (parts.length == 3) {
                attrs.put(parts[2].matches("[0-9a-f]{40}") ? "rev" : "ref", parts[2]);
            }
        } else if (base.startsWith("path:")) {
            attrs.put("type", "path");
            attrs.put("path", base.substring("path:".length()));
        } else if (base.startsWith("git+")) {
            attrs.put("type", "git");
            attrs.put("url", base.substring(4));
            attrs.putIfAbsent("shallow", true);
        } else if (base.startsWith("tarball+") || base.startsWith("file+")) {
            int plus = base.indexOf('+');
            attrs.put("type", base.substring(0, plus));
            attrs.put("url", base.substring(plus + 1));
        } else if (base.matches("(https?|file)://.*")) {
            attrs.put("type", base.matches(".*\\.(zip|tar|tgz|tar\\.gz|tar\\.xz|tar\\.bz2|tar\\.zst)") ? "tarball" : "file");
            attrs.put("url", base);
        } else {
            throw new FetchException("input '" + url + "' is unsupported");
        }
        return new FetchInput(attrs);
    }

    /** The input as a URL, as Nix prints inputs in messages. */
    @Override
    public String toString() {
        TreeMap<String, Object> query = new TreeMap<>(attrs);
        query.remove("type");
        String base = switch (type()) {
            case "git" -> "git+" + query.remove("url");
            case "path" -> "path:" + query.remove("path");
            case "github", "gitlab", "sourcehut" -> {
                String ref = (String) query.remove("rev");
                String other = (String) query.remove("ref");
                String ownerRepo = type() + ":" + query.remove("owner") + "/" + query.remove("repo");
                yield ref != null ? ownerRepo + "/" + ref : other != null ? ownerRepo + "/" + other : ownerRepo;
            }
            default -> String.valueOf(query.remove("url"));
        };
        StringBuilder s = new StringBuilder(base);
        char separator = '?';
        for (var entry : query.entrySet()) {
            Object value = entry.getValue() instanceof Boolean b ? (b ? "1" : "0") : entry.getValue();
            s.append(separator).append(encodeQuery(entry.getKey())).append('=').append(encodeQuery(String.valueOf(value)));
            separator = '&';
        }
        return s.toString();
    }

    /** Percent-encodes what may not appear in a query parameter as is, as Nix's URL printer does. */
    private static String encodeQuery(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$'()*,;:@/?".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
