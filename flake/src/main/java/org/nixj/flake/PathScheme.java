package org.nixj.flake;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code path:/some/dir}: a directory as it is. Its URL query may only give the "fake" tree facts
 * {@code rev}, {@code revCount}, {@code lastModified} and {@code narHash}; a {@code narHash} locks it.
 */
final class PathScheme implements InputScheme {
    @Override
    public String name() {
        return "path";
    }

    @Override
    public Optional<TreeMap<String, Object>> fromUrl(ParsedUrl url, boolean requireTree) {
        if (!url.scheme.equals("path")) {
            return Optional.empty();
        }
        if (url.authority != null && !url.authority.host().isEmpty()) {
            throw new FlakeException("path URL '" + url + "' should not have an authority ('" + url.authority + "')");
        }
        TreeMap<String, Object> attrs = new TreeMap<>();
        attrs.put("type", "path");
        attrs.put("path", url.filePath());
        url.query.forEach((name, value) -> {
            switch (name) {
                case "rev", "narHash" -> attrs.put(name, value);
                case "revCount", "lastModified" -> attrs.put(name, Inputs.parseCount(value).orElseThrow(() ->
                        new FlakeException("path URL '" + url + "' has invalid parameter '" + name + "'")));
                default -> throw new FlakeException("path URL '" + url + "' has unsupported parameter '" + name + "'");
            }
        });
        return Optional.of(attrs);
    }

    @Override
    public Set<String> allowedAttrs() {
        return Set.of("path", "rev", "revCount", "lastModified", "narHash");
    }

    @Override
    public TreeMap<String, Object> fromAttrs(TreeMap<String, Object> attrs) {
        InputAttrs.string(attrs, "path");
        return attrs;
    }

    @Override
    public ParsedUrl toUrl(Map<String, Object> attrs) {
        TreeMap<String, String> query = InputAttrs.toQuery(attrs);
        query.remove("path");
        query.remove("type");
        query.remove("__final");
        return new ParsedUrl("path", null, ParsedUrl.splitPath(InputAttrs.string(attrs, "path")), query, "");
    }

    @Override
    public boolean isLocked(Map<String, Object> attrs) {
        return InputAttrs.narHash(attrs).isPresent();
    }
}
