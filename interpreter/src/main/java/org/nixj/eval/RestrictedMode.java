package org.nixj.eval;

import java.util.List;
import java.util.function.Supplier;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.fetch.Downloader;

/**
 * Nix's {@code restrict-eval}: files outside the store may be read only under the entries of the search path
 * (and under the bundled nixpkgs once a lookup has used it), and only URLs {@code allowed-uris} allows may be
 * downloaded, each refusal worded as Nix words it.
 */
final class RestrictedMode {
    private final EvalSettings settings;
    /** The bundled nixpkgs' folder once a lookup used it, else null. */
    private final Supplier<String> bundledNixpkgs;

    RestrictedMode(EvalSettings settings, Supplier<String> bundledNixpkgs) {
        this.settings = settings;
        this.bundledNixpkgs = bundledNixpkgs;
    }

    /** Refuses {@code path} (absolute, outside the store) unless restricted mode is off or allows it. */
    void checkPath(String path) {
        if (!settings.restrictEval()) {
            return;
        }
        for (EvalSettings.SearchPathEntry entry : settings.searchPath()) {
            if (under(path, entry.path())) {
                return;
            }
        }
        String bundled = bundledNixpkgs.get();
        if (bundled != null && under(path, bundled)) {
            return;
        }
        throw new EvalError(ErrorKind.RESTRICTED_PATH, "access to absolute path '" + path + "' is forbidden in restricted mode");
    }

    /** Refuses {@code url} when restricted mode is on and {@code allowed-uris} does not allow it. */
    void checkUri(String url) {
        if (settings.restrictEval() && !allowed(url, settings.allowedUris())) {
            throw new EvalError(ErrorKind.RESTRICTED_PATH, "access to URI '" + url + "' is forbidden in restricted mode");
        }
    }

    /**
     * {@code downloader}, refusing URLs that {@code allowed-uris} does not allow when restricted mode is on (the
     * builtins check their URL first, as Nix does, so that what the caches hold is refused too; this also covers
     * the URLs fetchers download on their own).
     */
    Downloader downloader(Downloader downloader) {
        if (!settings.restrictEval()) {
            return downloader;
        }
        return (url, etag, target) -> {
            checkUri(url);
            return downloader.download(url, etag, target);
        };
    }

    /**
     * Nix's rule: the URL equals a prefix, or continues it after a {@code /} (the prefix's last character or the
     * URL's next), or the prefix is a whole scheme ({@code https:}).
     */
    static boolean allowed(String url, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (url.equals(prefix)) {
                return true;
            }
            if (!prefix.isEmpty() && url.length() > prefix.length() && url.startsWith(prefix)
                    && (prefix.endsWith("/") || url.charAt(prefix.length()) == '/'
                        || prefix.endsWith(":") && prefix.substring(0, prefix.length() - 1).matches("[a-zA-Z][a-zA-Z0-9+.-]*"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean under(String path, String root) {
        if (root.isEmpty() || !root.startsWith("/")) {
            return false;
        }
        String r = root.endsWith("/") && root.length() > 1 ? root.substring(0, root.length() - 1) : root;
        return path.equals(r) || path.startsWith(r.equals("/") ? "/" : r + "/");
    }
}
