package org.nixj.flake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code github:owner/repo[/ref-or-rev]}, and the same for {@code gitlab:} and {@code sourcehut:}
 * ({@code ~owner}): a repository on a Git forge, fetched as an archive. The third path segment is a
 * revision when it is 40 hexadecimal digits and a branch or tag name otherwise (further segments extend the
 * name); {@code ?ref=}, {@code ?rev=}, {@code ?host=} and {@code ?narHash=} are the other parameters, and
 * unknown ones are ignored. A {@code rev} locks it.
 */
final class GitArchiveScheme implements InputScheme {
    static final Pattern REV = Pattern.compile("[0-9a-fA-F]{40}");
    private static final Pattern HOST = Pattern.compile("[a-zA-Z0-9.-]*");

    private final String name;

    GitArchiveScheme(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<TreeMap<String, Object>> fromUrl(ParsedUrl url, boolean requireTree) {
        if (!url.scheme.equals(name)) {
            return Optional.empty();
        }
        List<String> path = url.pathSegments(true);
        String rev = null;
        String ref = null;
        if (path.size() == 3) {
            if (REV.matcher(path.get(2)).matches()) {
                rev = path.get(2);
            } else {
                ref = path.get(2);
            }
        } else if (path.size() > 3) {
            ref = String.join("/", path.subList(2, path.size()));
        } else if (path.size() < 2) {
            throw new BadUrlException("URL '" + url + "' is invalid");
        }
        String host = null;
        for (var param : url.query.entrySet()) {
            switch (param.getKey()) {
                case "rev" -> {
                    if (rev != null) {
                        throw new BadUrlException("URL '" + url + "' contains multiple commit hashes");
                    }
                    rev = param.getValue();
                }
                case "ref" -> {
                    if (ref != null) {
                        throw new BadUrlException("URL '" + url + "' contains multiple branch/tag names");
                    }
                    ref = param.getValue();
                }
                case "host" -> host = param.getValue();
                default -> { }
            }
        }
        TreeMap<String, Object> attrs = new TreeMap<>();
        attrs.put("type", name);
        attrs.put("owner", path.get(0));
        attrs.put("repo", path.get(1));
        putIfNotNull(attrs, "rev", rev);
        putIfNotNull(attrs, "ref", ref);
        putIfNotNull(attrs, "host", host);
        putIfNotNull(attrs, "narHash", url.query.get("narHash"));
        return Optional.of(fromAttrs(attrs));
    }

    private static void putIfNotNull(Map<String, Object> attrs, String name, String value) {
        if (value != null) {
            attrs.put(name, value);
        }
    }

    @Override
    public Set<String> allowedAttrs() {
        return Set.of("owner", "repo", "ref", "rev", "narHash", "lastModified", "host");
    }

    @Override
    public TreeMap<String, Object> fromAttrs(TreeMap<String, Object> attrs) {
        InputAttrs.string(attrs, "owner");
        InputAttrs.string(attrs, "repo");
        Optional<String> ref = InputAttrs.maybeString(attrs, "ref");
        Optional<String> rev = InputAttrs.maybeString(attrs, "rev");
        if (ref.isPresent() && rev.isPresent()) {
            throw new BadUrlException("input " + InputAttrs.toJson(attrs) + " contains both a commit hash ('" + rev.get()
                    + "') and a branch/tag name ('" + ref.get() + "')");
        }
        rev.ifPresent(InputAttrs::checkSha1);
        if (ref.isPresent() && !GitRefNames.isLegal(ref.get())) {
            throw new BadUrlException("input " + InputAttrs.toJson(attrs) + " contains an invalid branch/tag name");
        }
        Optional<String> host = InputAttrs.maybeString(attrs, "host");
        if (host.isPresent() && !HOST.matcher(host.get()).matches()) {
            throw new BadUrlException("input " + InputAttrs.toJson(attrs) + " contains an invalid instance host");
        }
        return attrs;
    }

    @Override
    public ParsedUrl toUrl(Map<String, Object> attrs) {
        List<String> path = new ArrayList<>(List.of(InputAttrs.string(attrs, "owner"), InputAttrs.string(attrs, "repo")));
        InputAttrs.maybeString(attrs, "ref").ifPresent(path::add);
        InputAttrs.rev(attrs).ifPresent(rev -> path.add(InputAttrs.gitRev(rev)));
        TreeMap<String, String> query = new TreeMap<>();
        InputAttrs.narHash(attrs).ifPresent(hash -> query.put("narHash", InputAttrs.sri(hash)));
        InputAttrs.maybeString(attrs, "host").ifPresent(host -> query.put("host", host));
        return new ParsedUrl(name, null, path, query, "");
    }

    @Override
    public boolean isLocked(Map<String, Object> attrs) {
        return InputAttrs.rev(attrs).isPresent();
    }
}
