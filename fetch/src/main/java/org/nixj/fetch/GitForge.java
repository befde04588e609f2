package org.nixj.fetch;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Git forges whose repositories Nix fetches as archives rather than with Git ({@code github:},
 * {@code gitlab:} and {@code sourcehut:} inputs): which commit a ref names, asked of the forge's API, and
 * where the archive of a commit is. The URLs are the ones Nix uses, so a forge of one's own given with
 * {@code host} (GitHub Enterprise, a self-hosted GitLab or SourceHut) is asked the same way.
 */
enum GitForge {
    GITHUB("github", "github.com") {
        @Override
        String revision(Reader reader, String host, String owner, String repo, String ref) {
            String api = host.equals("github.com") ? "api.github.com" : host + "/api/v3";
            String url = "https://" + api + "/repos/" + owner + "/" + repo + "/commits/" + ref;
            return commit(url, member(json(url, reader.read(url)), "sha"));
        }

        @Override
        String archiveUrl(String host, String owner, String repo, String rev) {
            return "https://" + host + "/" + owner + "/" + repo + "/archive/" + rev + ".tar.gz";
        }
    },

    GITLAB("gitlab", "gitlab.com") {
        @Override
        String revision(Reader reader, String host, String owner, String repo, String ref) {
            String url = "https://" + host + "/api/v4/projects/" + owner + "%2F" + repo + "/repository/commits?ref_name=" + ref;
            JsonElement commits = json(url, reader.read(url));
            if (!commits.isJsonArray() || commits.getAsJsonArray().isEmpty()) {
                throw new FetchException("No commits returned by GitLab API -- does the git ref really exist?");
            }
            return commit(url, member(commits.getAsJsonArray().get(0), "id"));
        }

        @Override
        String archiveUrl(String host, String owner, String repo, String rev) {
            return "https://" + host + "/api/v4/projects/" + owner + "%2F" + repo + "/repository/archive.tar.gz?sha=" + rev;
        }
    },

    SOURCEHUT("sourcehut", "git.sr.ht") {
        @Override
        String revision(Reader reader, String host, String owner, String repo, String ref) {
            String base = "https://" + host + "/" + owner + "/" + repo;
            String wanted = ref;
            if (ref.equals("HEAD")) {
                // Git's dumb-HTTP files: HEAD names the default branch, info/refs lists every ref's commit.
                String head = reader.read(base + "/HEAD").strip();
                if (!head.startsWith("ref: ")) {
                    throw new FetchException("in '" + base + "', couldn't resolve HEAD ref '" + ref + "'");
                }
                wanted = head.substring("ref: ".length());
            }
            for (String line : reader.read(base + "/info/refs").split("\n")) {
                String[] fields = line.split("\t");
                if (fields.length == 2 && List.of(wanted, "refs/heads/" + wanted, "refs/tags/" + wanted).contains(fields[1])) {
                    return commit(base + "/info/refs", fields[0]);
                }
            }
            throw new FetchException("in '" + base + "', couldn't find ref '" + ref + "'");
        }

        @Override
        String archiveUrl(String host, String owner, String repo, String rev) {
            return "https://" + host + "/" + owner + "/" + repo + "/archive/" + rev + ".tar.gz";
        }
    };

    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");

    /** Reads the whole answer behind a URL as text. */
    interface Reader {
        String read(String url);
    }

    private final String type;
    private final String defaultHost;

    GitForge(String type, String defaultHost) {
        this.type = type;
        this.defaultHost = defaultHost;
    }

    /** The forge of an input type ({@code github}, {@code gitlab}, {@code sourcehut}). */
    static Optional<GitForge> ofType(String type) {
        for (GitForge forge : values()) {
            if (forge.type.equals(type)) {
                return Optional.of(forge);
            }
        }
        return Optional.empty();
    }

    /** The input type, as in {@code type = "github";}. */
    String type() {
        return type;
    }

    /** The host when the input names none. */
    String defaultHost() {
        return defaultHost;
    }

    /** The commit {@code ref} names in {@code owner/repo}, as the forge answers through {@code reader}. */
    abstract String revision(Reader reader, String host, String owner, String repo, String ref);

    /** Where the archive of commit {@code rev} is. */
    abstract String archiveUrl(String host, String owner, String repo, String rev);

    private static JsonElement json(String url, String text) {
        try {
            return JsonParser.parseString(text);
        } catch (JsonParseException | IllegalStateException e) {
            throw new FetchException("the answer of '" + url + "' is not JSON");
        }
    }

    /** {@code object}'s string member {@code name}, or "" when it is not an object with one. */
    private static String member(JsonElement object, String name) {
        JsonElement value = object.isJsonObject() ? object.getAsJsonObject().get(name) : null;
        return value != null && value.isJsonPrimitive() ? value.getAsString() : "";
    }

    private static String commit(String url, String rev) {
        if (!COMMIT.matcher(rev).matches()) {
            throw new FetchException("the answer of '" + url + "' names no commit");
        }
        return rev;
    }
}
