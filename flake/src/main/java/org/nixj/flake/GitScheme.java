package org.nixj.flake;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nixj.store.hash.Hash;

/**
 * {@code git+https://...}, {@code git+ssh://...}, {@code git+file:///...} and {@code git://...}: a Git
 * repository. Query parameters Nix knows become attributes ({@code ref}, {@code rev}, and the Booleans
 * {@code shallow}, {@code submodules}, ... which are true only as {@code 1}); the others stay in the URL.
 * A {@code rev} (other than all zeros) locks it.
 */
final class GitScheme implements InputScheme {
    private static final Pattern SCP_STYLE = Pattern.compile("([^/]*)@(.*):(.*)");
    private static final Set<String> STRING_PARAMS = Set.of("rev", "ref", "keytype", "publicKey", "publicKeys");
    private static final Set<String> BOOLEAN_PARAMS = Set.of("shallow", "submodules", "lfs", "exportIgnore", "allRefs", "verifyCommit");

    @Override
    public String name() {
        return "git";
    }

    @Override
    public Optional<TreeMap<String, Object>> fromUrl(ParsedUrl url, boolean requireTree) {
        if (!url.scheme.equals("git") && !"git".equals(ParsedUrl.application(url.scheme))) {
            return Optional.empty();
        }
        ParsedUrl url2 = url.copy();
        url2.query.clear();
        TreeMap<String, Object> attrs = new TreeMap<>();
        attrs.put("type", "git");
        url.query.forEach((name, value) -> {
            if (STRING_PARAMS.contains(name)) {
                attrs.put(name, value);
            } else if (BOOLEAN_PARAMS.contains(name)) {
                attrs.put(name, value.equals("1"));
            } else {
                url2.query.put(name, value);
            }
        });
        attrs.put("url", url2.toString());
        return Optional.of(fromAttrs(attrs));
    }

    @Override
    public Set<String> allowedAttrs() {
        return Set.of("url", "ref", "rev", "shallow", "submodules", "lfs", "exportIgnore", "lastModified", "revCount",
                "narHash", "allRefs", "name", "dirtyRev", "dirtyShortRev", "verifyCommit", "keytype", "publicKey", "publicKeys");
    }

    @Override
    public TreeMap<String, Object> fromAttrs(TreeMap<String, Object> attrs) {
        InputAttrs.maybeBool(attrs, "verifyCommit");
        InputAttrs.maybeString(attrs, "ref").ifPresent(ref -> {
            if (!GitRefNames.isLegal(ref)) {
                throw new BadUrlException("invalid Git branch/tag name '" + ref + "'");
            }
        });
        attrs.put("url", fixGitUrl(InputAttrs.string(attrs, "url")).toString());
        InputAttrs.maybeBool(attrs, "shallow");
        InputAttrs.maybeBool(attrs, "submodules");
        InputAttrs.maybeBool(attrs, "allRefs");
        return attrs;
    }

    /**
     * Nix's {@code fixGitURL}: {@code user@host:path} becomes {@code ssh://user@host/path}, a file name
     * becomes a {@code file:} URL, and {@code git+} is dropped from the scheme.
     */
    static ParsedUrl fixGitUrl(String url) {
        Matcher scp = SCP_STYLE.matcher(url);
        if (!url.startsWith("/") && scp.matches()) {
            url = "ssh://" + scp.group(1) + "@" + scp.group(2) + "/" + scp.group(3);
        }
        if (!url.startsWith("file:") && !url.startsWith("git+file:") && !url.contains("://")) {
            return new ParsedUrl("file", url.startsWith("/") ? ParsedUrl.Authority.EMPTY : null,
                    ParsedUrl.splitPath(url), Map.of(), "");
        }
        ParsedUrl parsed = ParsedUrl.parse(url, false);
        if ("git".equals(ParsedUrl.application(parsed.scheme))) {
            parsed.scheme = ParsedUrl.transport(parsed.scheme);
        }
        return parsed;
    }

    @Override
    public ParsedUrl toUrl(Map<String, Object> attrs) {
        ParsedUrl url = ParsedUrl.parse(InputAttrs.string(attrs, "url"), false);
        if (!url.scheme.equals("git")) {
            url.scheme = "git+" + url.scheme;
        }
        InputAttrs.rev(attrs).ifPresent(rev -> url.query.put("rev", InputAttrs.gitRev(rev)));
        InputAttrs.maybeString(attrs, "ref").ifPresent(ref -> url.query.put("ref", ref));
        for (String flag : List.of("shallow", "lfs", "submodules", "exportIgnore", "verifyCommit")) {
            if (InputAttrs.bool(attrs, flag)) {
                url.query.put(flag, "1");
            }
        }
        List<String[]> publicKeys = publicKeys(attrs);
        if (publicKeys.size() == 1) {
            url.query.put("keytype", publicKeys.get(0)[0]);
            url.query.put("publicKey", publicKeys.get(0)[1]);
        } else if (publicKeys.size() > 1) {
            StringBuilder json = new StringBuilder("[");
            for (String[] key : publicKeys) {
                TreeMap<String, Object> object = new TreeMap<>(Map.of("type", key[0], "key", key[1]));
                json.append(json.length() > 1 ? "," : "").append(InputAttrs.toJson(object));
            }
            url.query.put("publicKeys", json.append(']').toString());
        }
        return url;
    }

    /** The keys commits are verified with, as (type, key) pairs: those of {@code publicKeys}, then {@code publicKey}. */
    private static List<String[]> publicKeys(Map<String, Object> attrs) {
        List<String[]> keys = new ArrayList<>();
        Optional<String> list = InputAttrs.maybeString(attrs, "publicKeys");
        if (list.isPresent()) {
            try {
                JsonArray array = JsonParser.parseString(list.get()).getAsJsonArray();
                for (JsonElement element : array) {
                    JsonObject key = element.getAsJsonObject();
                    keys.add(new String[] {key.has("type") ? key.get("type").getAsString() : "ssh-ed25519",
                            key.get("key").getAsString()});
                }
            } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | NullPointerException e) {
                throw new FlakeException("invalid 'publicKeys' attribute of a Git input: " + list.get());
            }
        }
        if (attrs.containsKey("publicKey")) {
            keys.add(new String[] {InputAttrs.maybeString(attrs, "keytype").orElse("ssh-ed25519"),
                    InputAttrs.string(attrs, "publicKey")});
        }
        return keys;
    }

    @Override
    public boolean isLocked(Map<String, Object> attrs) {
        Optional<Hash> rev = InputAttrs.rev(attrs);
        return rev.isPresent() && !InputAttrs.gitRev(rev.get()).chars().allMatch(c -> c == '0');
    }
}
