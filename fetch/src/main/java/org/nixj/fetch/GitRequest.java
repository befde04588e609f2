package org.nixj.fetch;

import java.util.Optional;

/**
 * What {@code fetchGit} or {@code fetchTree { type = "git"; }} asks for.
 *
 * @param url the repository: {@code file://...} (or a plain absolute path) for a repository on this machine,
 *     anything {@code git fetch} takes otherwise
 * @param ref a branch ({@code main} means {@code refs/heads/main}) or a full ref name
 * @param rev a commit hash
 * @param shallow whether the commit count may be left out (Nix then reports none)
 * @param exportIgnore whether {@code export-ignore} attributes leave paths out
 * @param name the store path's name
 */
public record GitRequest(String url, Optional<String> ref, Optional<String> rev, boolean shallow, boolean exportIgnore,
                         String name) {

    /** The full name of {@link #ref}: Nix prefixes {@code refs/heads/} unless the ref starts with {@code refs/}. */
    public Optional<String> refName() {
        return ref.map(r -> r.startsWith("refs/") || r.equals("HEAD") ? r : "refs/heads/" + r);
    }

    /** The directory of a repository on this machine, if {@link #url} names one. */
    public Optional<java.nio.file.Path> localDirectory() {
        if (url.startsWith("file://")) {
            // Paths made into URLs by fixGitUrl are not percent-encoded: take the rest as it is unless it is a real URI.
            String rest = url.substring("file://".length());
            try {
                return Optional.of(FileUrls.path(new java.net.URI(url)));
            } catch (java.net.URISyntaxException e) {
                return Optional.of(FileUrls.path(rest));
            }
        }
        return url.startsWith("/") ? Optional.of(FileUrls.path(url)) : Optional.empty();
    }
}
