package org.nixj.fetch;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Gets the bytes behind a URL into a local file. Failures are {@link FetchException}s with Nix's "unable to
 * download" wording.
 */
public interface Downloader {
    /** What a download gave: new content (in the target file, with the server's ETag if any), or "not modified". */
    sealed interface Result {
        record Downloaded(Optional<String> etag) implements Result {}

        record NotModified() implements Result {}
    }

    /**
     * Downloads {@code url} to {@code target} (replaced); with {@code etag}, the server may answer that the
     * content has not changed, and {@code target} is left alone.
     */
    Result download(String url, Optional<String> etag, Path target);

    /** Reads {@code file://} URLs from disk and downloads {@code http://} and {@code https://} ones. */
    static Downloader standard() {
        return new UrlDownloader();
    }

    /** Refuses every download, naming the URL: for evaluations that must not reach the network. */
    static Downloader refusing() {
        return (url, etag, target) -> {
            throw new FetchException("unable to download '" + url + "': downloads are disabled in this evaluation");
        };
    }
}
