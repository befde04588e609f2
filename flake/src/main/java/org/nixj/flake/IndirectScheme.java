package org.nixj.flake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;

/**
 * {@code flake:nixpkgs[/ref][/rev]} (and the short {@code nixpkgs/...}): a flake looked up by its ID in the
 * flake registries. Never locked; its URL query is ignored.
 */
final class IndirectScheme implements InputScheme {
    static final Pattern FLAKE_ID = Pattern.compile("[a-zA-Z][a-zA-Z0-9_-]*");

    @Override
    public String name() {
        return "indirect";
    }

    @Override
    public Optional<TreeMap<String, Object>> fromUrl(ParsedUrl url, boolean requireTree) {
        if (!url.scheme.equals("flake")) {
            return Optional.empty();
        }
        List<String> path = url.pathSegments(true);
        String rev = null;
        String ref = null;
        if (path.size() == 2) {
            if (GitArchiveScheme.REV.matcher(path.get(1)).matches()) {
                rev = sha1(path.get(1));
            } else if (GitRefNames.isLegal(path.get(1))) {
                ref = path.get(1);
            } else {
                throw new BadUrlException("in flake URL '" + url + "', '" + path.get(1) + "' is not a commit hash or branch/tag name");
            }
        } else if (path.size() == 3) {
            if (!GitRefNames.isLegal(path.get(1))) {
                throw new BadUrlException("in flake URL '" + url + "', '" + path.get(1) + "' is not a branch/tag name");
            }
            ref = path.get(1);
            if (!GitArchiveScheme.REV.matcher(path.get(2)).matches()) {
                throw new BadUrlException("in flake URL '" + url + "', '" + path.get(2) + "' is not a commit hash");
            }
            rev = sha1(path.get(2));
        } else if (path.size() != 1) {
            throw new BadUrlException("GitHub URL '" + url + "' is invalid");
        }
        String id = path.get(0);
        checkId(id);
        TreeMap<String, Object> attrs = new TreeMap<>();
        attrs.put("type", "indirect");
        attrs.put("id", id);
        if (rev != null) {
            attrs.put("rev", rev);
        }
        if (ref != null) {
            attrs.put("ref", ref);
        }
        return Optional.of(attrs);
    }

    private static String sha1(String hex) {
        return InputAttrs.gitRev(Hash.parseAny(hex, HashAlgorithm.SHA1));
    }

    private static void checkId(String id) {
        if (!FLAKE_ID.matcher(id).matches()) {
            throw new BadUrlException("'" + id + "' is not a valid flake ID");
        }
    }

    @Override
    public Set<String> allowedAttrs() {
        return Set.of("id", "ref", "rev", "narHash");
    }

    @Override
    public TreeMap<String, Object> fromAttrs(TreeMap<String, Object> attrs) {
        checkId(InputAttrs.string(attrs, "id"));
        return attrs;
    }

    @Override
    public ParsedUrl toUrl(Map<String, Object> attrs) {
        List<String> path = new ArrayList<>(List.of(InputAttrs.string(attrs, "id")));
        InputAttrs.maybeString(attrs, "ref").ifPresent(path::add);
        InputAttrs.rev(attrs).ifPresent(rev -> path.add(InputAttrs.gitRev(rev)));
        return new ParsedUrl("flake", null, path, Map.of(), "");
    }

    @Override
    public boolean isLocked(Map<String, Object> attrs) {
        return false;
    }

    @Override
    public boolean isDirect() {
        return false;
    }
}
