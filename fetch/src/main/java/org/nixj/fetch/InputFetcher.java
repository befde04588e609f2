package org.nixj.fetch;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.nixj.store.StorePath;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashFormat;

/**
 * Fetches an input of any type nixj supports ({@code path}, {@code tarball}, {@code file}, {@code git},
 * {@code github}, {@code gitlab}, {@code sourcehut}) into the store, as {@code fetchTree} and flake locking need, and checks it against the
 * input's {@code narHash}. Unsupported types and attributes are {@link FetchException}s in Nix's words.
 */
public final class InputFetcher {
    private final Fetchers fetchers;
    private final Function<String, Path> files;

    /**
     * @param files the file a local path of a {@code path} input names (store paths are found in the store)
     */
    public InputFetcher(Fetchers fetchers, Function<String, Path> files) {
        this.fetchers = fetchers;
        this.files = files;
    }

    /** The tree of {@code input}, in the store. */
    public FetchedTree fetch(FetchInput input) {
        return switch (input.type()) {
            case "git" -> git(input);
            case "path" -> path(input);
            case "tarball" -> tarball(input);
            case "file" -> file(input);
            case "github", "gitlab", "sourcehut" -> gitArchive(GitForge.ofType(input.type()).orElseThrow(), input);
            default -> throw new FetchException("input type '" + input.type() + "' of '" + input
                    + "' is not supported by nixj (supported: path, tarball, file, git, github, gitlab, sourcehut)");
        };
    }

    private FetchedTree git(FetchInput input) {
        input.checkAttributes("url", "ref", "rev", "shallow", "submodules", "exportIgnore", "lfs", "allRefs", "name",
                "narHash", "lastModified", "revCount", "dirtyRev", "dirtyShortRev", "verifyCommit", "keytype", "publicKey",
                "publicKeys");
        if (input.bool("submodules")) {
            throw new FetchException("fetching Git submodules ('submodules = true') is not supported by nixj yet, in '" + input + "'");
        }
        if (input.bool("lfs")) {
            throw new FetchException("fetching Git LFS files ('lfs = true') is not supported by nixj yet, in '" + input + "'");
        }
        Optional<String> rev = revision(input);
        GitRequest request = new GitRequest(input.required("url"), input.string("ref"), rev, input.bool("shallow"),
                input.bool("exportIgnore"), input.string("name").orElse("source"));
        // A work tree already copied with this content (a flake's own dirty tree, fetched to lock it and
        // again to evaluate it) is not copied again: its narHash names it.
        if (rev.isEmpty() && input.narHash().isPresent() && input.string("dirtyRev").isPresent()) {
            Optional<FetchedTree> known = fetchers.inStore(request.name(), input.narHash().get());
            if (known.isPresent()) {
                return known.get();
            }
        }
        return verified(input, () -> fetchers.fetchGit(request));
    }

    private FetchedTree path(FetchInput input) {
        input.checkAttributes("path", "rev", "revCount", "lastModified", "narHash");
        String path = input.required("path");
        if (!path.startsWith("/")) {
            throw new FetchException("cannot fetch input '" + input + "' because it uses a relative path");
        }
        Path file = files.apply(path);
        if (!java.nio.file.Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FetchException("getting status of '" + path + "': No such file or directory");
        }
        return verified(input, () -> fetchers.fetchPath(file, "source"));
    }

    private FetchedTree tarball(FetchInput input) {
        input.checkAttributes("url", "narHash", "lastModified", "rev", "revCount");
        String url = input.required("url");
        return verified(input, () -> fetchers.fetchTarball(url, "source", input.narHash()));
    }

    private FetchedTree file(FetchInput input) {
        input.checkAttributes("url", "narHash");
        String url = input.required("url");
        return verified(input, () -> {
            StorePath path = fetchers.fetchFile(url, "source", Optional.empty(), input.narHash());
            return FetchedTree.plain(path, fetchers.info(path).narHash(), OptionalLong.empty());
        });
    }

    private FetchedTree gitArchive(GitForge forge, FetchInput input) {
        input.checkAttributes("owner", "repo", "ref", "rev", "host", "narHash", "lastModified", "dir");
        Optional<String> rev = revision(input);
        String host = input.string("host").orElse(forge.defaultHost());
        return verified(input, () -> fetchers.fetchGitArchive(forge, host, input.required("owner"), input.required("repo"),
                rev, input.string("ref").orElse("HEAD"), input.narHash()));
    }

    /** The input's {@code rev}, if it has one, which must be a full commit hash. */
    private static Optional<String> revision(FetchInput input) {
        Optional<String> rev = input.string("rev");
        if (rev.isPresent() && !rev.get().matches("[0-9a-f]{40}")) {
            throw new FetchException("invalid Git revision '" + rev.get() + "'");
        }
        return rev;
    }

    private interface Fetch {
        FetchedTree run();
    }

    /** Fetches, and checks the result against the input's {@code narHash}; a mismatch found early adds nothing. */
    private static FetchedTree verified(FetchInput input, Fetch fetch) {
        FetchedTree tree;
        try {
            tree = fetch.run();
        } catch (HashMismatchException e) {
            throw HashMismatchException.ofInput(input, e.expected(), e.got());
        }
        Optional<Hash> expected = input.narHash();
        if (expected.isPresent() && !expected.get().equals(tree.narHash())) {
            throw HashMismatchException.ofInput(input, expected.get(), tree.narHash());
        }
        return tree;
    }
}
