package org.nixj.flake;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The input types nixj knows, in Nix's order (by name), and the operations that pick the right one: from a
 * URL, from attributes, to a URL. Attributes of a type nobody knows are kept as they are ("raw" inputs, as
 * Nix has them): they can be shown as attributes but not as a URL.
 */
final class Inputs {
    private static final Map<String, InputScheme> SCHEMES = new TreeMap<>();

    static {
        for (InputScheme scheme : List.of(new CurlScheme(true), new CurlScheme(false), new GitScheme(),
                new GitArchiveScheme("github"), new GitArchiveScheme("gitlab"), new GitArchiveScheme("sourcehut"),
                new MercurialScheme(), new IndirectScheme(), new PathScheme())) {
            SCHEMES.put(scheme.name(), scheme);
        }
    }

    private Inputs() {}

    static Optional<InputScheme> scheme(Map<String, Object> attrs) {
        return Optional.ofNullable(SCHEMES.get(attrs.get("type") instanceof String type ? type : ""));
    }

    /** The input {@code url} denotes; {@code requireTree} makes plain HTTP URLs tarballs rather than files. */
    static TreeMap<String, Object> fromUrl(ParsedUrl url, boolean requireTree) {
        for (InputScheme scheme : SCHEMES.values()) {
            Optional<TreeMap<String, Object>> attrs = scheme.fromUrl(url, requireTree);
            if (attrs.isPresent()) {
                checkCommonAttrs(attrs.get());
                return attrs.get();
            }
        }
        if ("file".equals(ParsedUrl.application(url.scheme)) && ParsedUrl.transport(url.scheme).equals("git")) {
            throw new FlakeException("input '" + url + "' is unsupported; did you mean 'git+file' instead of 'file+git'?");
        }
        throw new FlakeException("input '" + url + "' is unsupported");
    }

    /** The input given as attributes, checked by its type. */
    static TreeMap<String, Object> fromAttrs(Map<String, Object> given) {
        TreeMap<String, Object> attrs = new TreeMap<>(given);
        String type = InputAttrs.maybeString(attrs, "type").orElseThrow(() ->
                new FlakeException("'type' attribute to specify input scheme is required but not provided"));
        InputScheme scheme = SCHEMES.get(type);
        if (scheme == null) {
            checkCommonAttrs(attrs);
            return attrs;
        }
        for (String name : attrs.keySet()) {
            if (!name.equals("type") && !name.equals("__final") && !scheme.allowedAttrs().contains(name)) {
                throw new FlakeException("input attribute '" + name + "' not supported by scheme '" + type + "'");
            }
        }
        TreeMap<String, Object> result = scheme.fromAttrs(attrs);
        checkCommonAttrs(result);
        return result;
    }

    private static void checkCommonAttrs(Map<String, Object> attrs) {
        InputAttrs.string(attrs, "type");
        InputAttrs.maybeString(attrs, "ref");
        InputAttrs.maybeInt(attrs, "revCount");
        InputAttrs.maybeInt(attrs, "lastModified");
    }

    static ParsedUrl toUrl(Map<String, Object> attrs) {
        return scheme(attrs).orElseThrow(() -> new FlakeException("cannot show unsupported input '"
                + InputAttrs.toJson(attrs) + "'")).toUrl(attrs);
    }

    static boolean isLocked(Map<String, Object> attrs) {
        return scheme(attrs).map(s -> s.isLocked(attrs)).orElse(false);
    }

    static boolean isDirect(Map<String, Object> attrs) {
        return scheme(attrs).map(InputScheme::isDirect).orElse(true);
    }

    /** Nix's {@code string2Int<uint64_t>} for query parameters: decimal digits, or nothing. */
    static Optional<Long> parseCount(String text) {
        if (text.isEmpty() || text.length() > 19 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
