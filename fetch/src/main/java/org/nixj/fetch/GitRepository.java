package org.nixj.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.nixj.os.FileNames;
import org.nixj.os.OsText;
import org.nixj.store.OwnedTemporaries;

/**
 * A Git repository on this machine, read through the {@code git} command: revisions, commit facts, and the
 * two kinds of tree Nix fetches, a commit's tree ({@link #exportCommit}) and the working tree's tracked files
 * ({@link #workdir}). With {@code exportIgnore}, paths marked {@code export-ignore} in
 * {@code .gitattributes} are left out, as {@code git archive} and Nix's {@code fetchGit} do.
 */
public final class GitRepository {
    private final Path directory;
    private final Optional<Path> directoryName;

    private GitRepository(Path directory) {
        this.directory = directory;
        this.directoryName = nameFileIfNeeded(directory);
    }

    /**
     * The JVM encodes a child process's arguments (and environment) with the locale's charset, which cannot hold
     * every name (without a locale, nothing but ASCII): for a folder whose name it cannot hold, a temporary file
     * holds the name's bytes instead (deleted at exit). Empty when the name can be passed as it is.
     */
    private static Optional<Path> nameFileIfNeeded(Path directory) {
        if (directory.toString().indexOf('\uFFFD') < 0) {
            return Optional.empty();
        }
        try {
            Path holder = OwnedTemporaries.createDirectory(Path.of(System.getProperty("java.io.tmpdir")), "nixj-git-name");
            return Optional.of(Files.write(holder.resolve("name"), FileNames.bytes(directory)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository at {@code directory} (a working tree or a bare repository). */
    public static GitRepository open(Path directory) {
        GitRepository repo = new GitRepository(directory);
        // Like Nix, only the top of a repository is one: git itself would also find a repository above.
        if (!Files.isDirectory(directory) || !repo.isTopLevel()) {
            throw new FetchException("opening Git repository '" + directory + "': could not find repository at '"
                    + directory + "'");
        }
        return repo;
    }

    /** Creates an empty bare repository at {@code directory} unless one is there (a cache for remote fetches). */
    public static GitRepository initBare(Path directory) {
        if (!Files.isDirectory(directory.resolve("objects"))) {
            try {
                Files.createDirectories(directory.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Output init = new GitRepository(directory.getParent()).run(List.of("init", "--quiet", "--bare", directory.toString()), null, Map.of());
            if (init.exitCode() != 0) {
                throw new FetchException("creating Git repository '" + directory + "': " + init.errorText());
            }
        }
        return new GitRepository(directory);
    }

    public Path directory() {
        return directory;
    }

    /** Whether {@link #directory} is a working tree's top or a bare repository, not a directory inside one. */
    private boolean isTopLevel() {
        Output bare = run(List.of("rev-parse", "--is-bare-repository", "--absolute-git-dir"), null, Map.of());
        if (bare.exitCode() != 0) {
            return false;
        }
        String[] lines = bare.text().strip().split("\n");
        if (lines[0].equals("true")) {
            return samePath(FileNames.of(lines[1]), directory);
        }
        Output top = run(List.of("rev-parse", "--show-toplevel"), null, Map.of());
        return top.exitCode() == 0 && samePath(FileNames.of(top.text().strip()), directory);
    }

    private static boolean samePath(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** The commit {@code HEAD} names, if the repository has commits. */
    public Optional<String> head() {
        return commitOf("HEAD");
    }

    /** The commit {@code revision} (a ref, a hash, anything {@code git rev-parse} takes) names, if any. */
    public Optional<String> commitOf(String revision) {
        Output out = run(List.of("rev-parse", "--verify", "--quiet", revision + "^{commit}"), null, Map.of());
        return out.exitCode() == 0 ? Optional.of(out.text().strip()) : Optional.empty();
    }

    /** Whether tracked files differ from {@code HEAD} (untracked files do not count); true without commits. */
    public boolean isDirty() {
        if (head().isEmpty()) {
            return true;
        }
        Output diff = run(List.of("diff", "--quiet", "HEAD", "--"), null, Map.of());
        return diff.exitCode() != 0;
    }

    /**
     * Tells Git that {@code file} (in the work tree) will be added, so that it counts as tracked in a dirty
     * tree, as Nix does with the lock file it writes into a Git flake.
     */
    public void intendToAdd(Path file) {
        // Named relative to the repository where it can be: a name the locale cannot hold would not reach git.
        Path name = file.startsWith(directory) ? directory.relativize(file) : file;
        run(List.of("add", "--intent-to-add", "--", name.toString()), null, Map.of())
                .checked("adding '" + FileNames.text(file) + "'");
    }

    /** The branch {@code HEAD} is on, if it is on one. */
    public Optional<String> headBranch() {
        Output out = run(List.of("symbolic-ref", "--short", "-q", "HEAD"), null, Map.of());
        String branch = out.text().strip();
        return out.exitCode() == 0 && !branch.isEmpty() ? Optional.of(branch) : Optional.empty();
    }

    public boolean isShallow() {
        return runText("rev-parse", "--is-shallow-repository").strip().equals("true");
    }

    /** The number of commits reachable from {@code rev}, itself included. */
    public long revCount(String rev) {
        return Long.parseLong(runText("rev-list", "--count", rev).strip());
    }

    /** The committer time of {@code rev}, in seconds since the epoch. */
    public long commitTime(String rev) {
        return Long.parseLong(runText("log", "-1", "--format=%ct", rev).strip());
    }

    /** Fetches {@code refspec} from {@code url} into this (cache) repository. */
    public void fetch(String url, String refspec) {
        Output out = run(List.of("fetch", "--quiet", "--force", "--", url, refspec), null, Map.of());
        if (out.exitCode() != 0) {
            throw new FetchException("failed to fetch '" + refspec + "' from Git repository '" + url + "': " + out.errorText().strip());
        }
    }

    /** One entry of a tree: its mode, object and path. */
    private record TreeEntry(String mode, String object, String path) {}

    /** Writes the tree of commit {@code rev} to {@code target} (which must not exist). */
    public void exportCommit(String rev, Path target, boolean exportIgnore) throws IOException {
        List<TreeEntry> entries = new ArrayList<>();
        for (String record : split0(run(List.of("ls-tree", "-r", "-t", "-z", "--full-tree", rev), null, Map.of()).checked("listing the files of " + rev))) {
            int tab = record.indexOf('\t');
            String[] meta = record.substring(0, tab).split(" ");
            entries.add(new TreeEntry(meta[0], meta[2], record.substring(tab + 1)));
        }
        Set<String> ignored = exportIgnore ? committedExportIgnored(rev, entries.stream().map(TreeEntry::path).toList()) : Set.of();
        Files.createDirectory(target);
        try (BlobReader blobs = new BlobReader()) {
            for (TreeEntry entry : entries) {
                if (isIgnored(entry.path(), ignored)) {
                    continue;
                }
                Path file = target.resolve(FileNames.of(entry.path()));
                switch (entry.mode()) {
                    // A submodule's commit is not fetched: like git archive, nixj leaves an empty directory.
                    case "040000", "160000" -> Files.createDirectories(file);
                    case "120000" -> {
                        ByteArrayOutputStream linkTarget = new ByteArrayOutputStream();
                        blobs.copy(entry.object(), linkTarget);
                        Files.createSymbolicLink(file, FileNames.of(linkTarget.toByteArray()));
                    }
                    case "100644", "100755" -> {
                        try (OutputStream out = Files.newOutputStream(file)) {
                            blobs.copy(entry.object(), out);
                        }
                        if (entry.mode().equals("100755")) {
                            file.toFile().setExecutable(true);
                        }
                    }
                    default -> throw new FetchException("Git tree entry '" + entry.path() + "' has unsupported mode " + entry.mode());
                }
            }
        }
    }

    /**
     * What of a working tree a fetch takes: its tracked files (those in the index) that still exist, less those
     * marked {@code export-ignore} when asked.
     *
     * @param root the top of the working tree
     * @param files the files, relative to {@code root}
     */
    public record Workdir(Path root, List<String> files) {
        public Workdir {
            files = List.copyOf(files);
        }

        /**
         * Copies the files to {@code target}, with their current contents; directories appear only where they
         * hold files.
         */
        public void exportTo(Path target) throws IOException {
            Files.createDirectory(target);
            for (String path : files) {
                copyEntry(root.resolve(FileNames.of(path)), target.resolve(FileNames.of(path)));
            }
        }
    }

    /** The working tree's files a fetch of it takes ({@link Workdir}). */
    public Workdir workdir(boolean exportIgnore) throws IOException {
        List<String> tracked = split0(run(List.of("ls-files", "-z"), null, Map.of()).checked("listing the tracked files"));
        Set<String> ignored = exportIgnore ? exportIgnored(tracked, List.of("check-attr", "-z", "--stdin", "export-ignore"), Map.of()) : Set.of();
        Path root = workTree();
        List<String> files = new ArrayList<>();
        for (String path : tracked) {
            if (!isIgnored(path, ignored) && Files.exists(root.resolve(FileNames.of(path)), LinkOption.NOFOLLOW_LINKS)) {
                files.add(path);
            }
        }
        return new Workdir(root, files);
    }

    private static void copyEntry(Path source, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        if (Files.isSymbolicLink(source)) {
            Files.createSymbolicLink(file, Files.readSymbolicLink(source));
        } else if (Files.isDirectory(source)) {
            Files.createDirectories(file); // a submodule
        } else {
            Files.copy(source, file);
            file.toFile().setExecutable(Files.isExecutable(source));
        }
    }

    private Path workTree() {
        return FileNames.of(runText("rev-parse", "--show-toplevel").strip());
    }

    /** The paths of commit {@code rev} marked export-ignore by the {@code .gitattributes} files of that commit. */
    private Set<String> committedExportIgnored(String rev, List<String> paths) throws IOException {
        // check-attr --cached reads .gitattributes from the index: a private index holding the commit's tree.
        Path index = Files.createTempFile("nixj-git-index", "");
        try {
            Map<String, String> env = Map.of("GIT_INDEX_FILE", index.toString());
            Files.delete(index);
            run(List.of("read-tree", rev), null, env).checked("reading the tree of " + rev);
            return exportIgnored(paths, List.of("check-attr", "--cached", "-z", "--stdin", "export-ignore"), env);
        } finally {
            Files.deleteIfExists(index);
        }
    }

    private Set<String> exportIgnored(List<String> paths, List<String> checkAttr, Map<String, String> env) {
        StringBuilder input = new StringBuilder();
        paths.forEach(p -> input.append(p).append('\0'));
        List<String> fields = split0(run(checkAttr, OsText.encode(input.toString()), env).checked("reading .gitattributes"));
        Set<String> ignored = new HashSet<>();
        for (int i = 0; i + 2 < fields.size(); i += 3) {
            if (fields.get(i + 2).equals("set")) {
                ignored.add(fields.get(i));
            }
        }
        return ignored;
    }

    /** Whether {@code path} or a directory above it is ignored. */
    private static boolean isIgnored(String path, Set<String> ignored) {
        for (String p = path; ; p = p.substring(0, p.lastIndexOf('/'))) {
            if (ignored.contains(p)) {
                return true;
            }
            if (p.indexOf('/') < 0) {
                return false;
            }
        }
    }

    private static List<String> split0(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\0') {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return parts;
    }

    /** Reads blobs through one {@code git cat-file --batch} process. */
    private final class BlobReader implements AutoCloseable {
        private final Process process;
        private final OutputStream requests;
        private final InputStream replies;

        BlobReader() throws IOException {
            process = command(List.of("cat-file", "--batch"), Map.of()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            requests = process.getOutputStream();
            replies = process.getInputStream();
        }

        /** Writes the content of blob {@code object} to {@code out}. */
        void copy(String object, OutputStream out) throws IOException {
            requests.write((object + "\n").getBytes(StandardCharsets.US_ASCII));
            requests.flush();
            String header = readLine();
            String[] parts = header.split(" ");
            if (parts.length != 3) {
                throw new FetchException("cannot read Git object " + object + ": " + header);
            }
            long size = Long.parseLong(parts[2]);
            byte[] buffer = new byte[8192];
            while (size > 0) {
                int n = replies.read(buffer, 0, (int) Math.min(buffer.length, size));
                if (n < 0) {
                    throw new FetchException("cannot read Git object " + object + ": unexpected end of output");
                }
                out.write(buffer, 0, n);
                size -= n;
            }
            replies.read(); // the newline after each object
        }

        private String readLine() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int c;
            while ((c = replies.read()) != '\n' && c >= 0) {
                line.write(c);
            }
            return line.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            requests.close();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A finished git command: exit code, standard output and error. */
    private record Output(int exitCode, String text, String errorText) {
        String checked(String what) {
            if (exitCode != 0) {
                throw new FetchException("git failed while " + what + ": " + errorText.strip());
            }
            return text;
        }
    }

    private String runText(String... args) {
        return run(List.of(args), null, Map.of()).checked("running git " + String.join(" ", args));
    }

    private ProcessBuilder command(List<String> args, Map<String, String> env) {
        List<String> command = new ArrayList<>(directoryName.isPresent()
                // A shell reads the folder's name from the file and gives it to git as its bytes.
                ? List.of("sh", "-c", "exec git -C \"$(cat \"$0\")\" \"$@\"", directoryName.get().toString())
                : List.of("git", "-C", directory.toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        pb.environment().put("LC_ALL", "C");
        return pb;
    }

    private Output run(List<String> args, byte[] input, Map<String, String> env) {
        try {
            Process p = command(args, env).start();
            // Standard input and error get threads of their own, so that no pipe fills up while another is read.
            CompletableFuture<byte[]> err = new CompletableFuture<>();
            Thread.ofPlatform().daemon().start(() -> err.complete(readAll(p.getErrorStream())));
            Thread.ofPlatform().daemon().start(() -> {
                try (OutputStream stdin = p.getOutputStream()) {
                    if (input != null) {
                        stdin.write(input);
                    }
                } catch (IOException e) {
                    // git stopped reading: its exit code and error output tell why.
                }
            });
            byte[] out = p.getInputStream().readAllBytes();
            int code = p.waitFor();
            // Git prints names as the bytes they are: kept as text that gives the bytes back (OsText).
            return new Output(code, OsText.decode(out), new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new FetchException("cannot run git: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while running git");
        }
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
