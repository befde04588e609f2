package org.nixj.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;

/**
 * Gets the bytes behind a URL into a local file: {@code file://} URLs are read from disk, {@code http://} and
 * {@code https://} URLs are downloaded (following redirects), revalidating with {@code If-None-Match} when an
 * earlier download's ETag is known. Failures are Nix's "unable to download" errors, with curl's wording where
 * Nix shows curl's.
 */
final class UrlDownloader implements Downloader {
    /**
     * Made on the first download: building an HTTP client sets up TLS (key managers, providers, curves), a
     * third of a second that most runs, which download nothing, should not pay.
     */
    private static final class Http {
        static final HttpClient CLIENT = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.ALWAYS)
                .connectTimeout(Duration.ofSeconds(30))
                .build();
    }

    @Override
    public Result download(String url, Optional<String> etag, Path target) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw failure(url, "URL using bad/illegal format or missing URL (3)");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        return switch (scheme) {
            case "file" -> copyFile(url, uri, target);
            case "http", "https" -> fetchHttp(url, uri, etag, target);
            default -> throw failure(url, "Unsupported protocol (1)");
        };
    }

    private static Result copyFile(String url, URI uri, Path target) {
        Path source = FileUrls.path(uri);
        if (!Files.isRegularFile(source)) {
            throw failure(url, "Couldn't read a file:// file (37)");
        }
        try {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw failure(url, "Couldn't read a file:// file (37)");
        }
        return new Result.Downloaded(Optional.empty());
    }

    private Result fetchHttp(String url, URI uri, Optional<String> etag, Path target) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().header("User-Agent", "nixj");
        etag.ifPresent(tag -> request.header("If-None-Match", tag));
        HttpResponse<InputStream> response;
        try {
            response = Http.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException e) {
            throw failure(url, "Couldn't connect to server (7)");
        } catch (IOException e) {
            throw failure(url, "Couldn't resolve host name (6)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(url, "Operation was aborted by an application callback (42)");
        }
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status == 304 && etag.isPresent()) {
                return new Result.NotModified();
            }
            if (status < 200 || status >= 300) {
                throw failure(url, "HTTP error " + status);
            }
            Files.copy(body, target, StandardCopyOption.REPLACE_EXISTING);
            return new Result.Downloaded(response.headers().firstValue("ETag"));
        } catch (IOException e) {
            throw failure(url, "Failure when receiving data from the peer (56)");
        }
    }

    private static FetchException failure(String url, String why) {
        return new FetchException("unable to download '" + url + "': " + why);
    }
}
