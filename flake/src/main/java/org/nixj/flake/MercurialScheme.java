package org.nixj.flake;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code hg+https://...} (also {@code hg+http}, {@code hg+ssh}, {@code hg+file}): a Mercurial repository.
 * {@code ?ref=} and {@code ?rev=} become attributes, other parameters stay in the URL; a {@code rev} locks it.
 */
final class MercurialScheme implements InputScheme {
    private static final Set<String> SCHEMES = Set.of("hg+http", "hg+https", "hg+ssh", "hg+file");
    private static final Pattern REF = Pattern.compile("[a-zA-Z0-9@][a-zA-Z0-9_.\\/@+-]*");

    @Override
    public String name() {
        return "hg";
    }

    @Override
    public Optional<TreeMap<String, Object>> fromUrl(ParsedUrl url, boolean requireTree) {
        if (!SCHEMES.contains(url.scheme)) {
            return Optional.empty();
        }
        ParsedUrl url2 = url.copy();
        url2.scheme = url.scheme.substring(3);
        url2.query.clear();
        TreeMap<String, Object> attrs = new TreeMap<>();
        attrs.put("type", "hg");
        url.query.forEach((name, value) -> {
            if (name.equals("rev") || name.equals("ref")) {
                attrs.put(name, value);
            } else {
                url2.query.put(name, value);
            }
        });
        attrs.put("url", url2.toString());
        return Optional.of(fromAttrs(attrs));
    }

    @Override
    public Set<String> allowedAttrs() {
        return Set.of("url", "ref", "rev", "revCount", "narHash", "name");
    }

    @Override
    public TreeMap<String, Object> fromAttrs(TreeMap<String, Object> attrs) {
        ParsedUrl.parse(InputAttrs.string(attrs, "url"), false);
        InputAttrs.maybeString(attrs, "ref").ifPresent(ref -> {
            if (!REF.matcher(ref).matches()) {
                throw new BadUrlException("invalid Mercurial branch/tag name '" + ref + "'");
            }
        });
        return attrs;
    }

    @Override
    public ParsedUrl toUrl(Map<String, Object> attrs) {
        ParsedUrl url = ParsedUrl.parse(InputAttrs.string(attrs, "url"), false);
        url.scheme = "hg+" + url.scheme;
        InputAttrs.rev(attrs).ifPresent(rev -> url.query.put("rev", InputAttrs.gitRev(rev)));
        InputAttrs.maybeString(attrs, "ref").ifPresent(ref -> url.query.put("ref", ref));
        return url;
    }

    @Override
    public boolean isLocked(Map<String, Object> attrs) {
        return InputAttrs.rev(attrs).isPresent();
    }
}
