package org.nixj.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.nixj.store.ContentAddress;
import org.nixj.store.FileIngestionMethod;
import org.nixj.store.Nar;
import org.nixj.store.StoreDirectory;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;
import org.nixj.store.hash.HashFormat;

/**
 * One case of the flake corpus: a folder {@code flakes/NAME/} holding the flakes of the case as subfolders (the
 * flake evaluated is {@code root/}, its inputs are siblings such as {@code a/}), and beside them:
 *
 * <ul>
 * <li>{@code command}: the arguments after {@code nix} / {@code nixj}, on one line, split as a shell splits them
 *     ({@code '...'} and {@code "..."} quote, {@code \} escapes); run with {@code root/} as working directory;
 * <li>{@code out.exp}: the expected standard output;
 * <li>{@code err.exp}: the expected standard error (warnings, and the error report in current Nix's layout
 *     without trace frames); without it, standard error must be empty;
 * <li>{@code exit}: the expected exit code when it is not 0;
 * <li>{@code flake.lock.exp}: the lock file {@code root/flake.lock} must have after the run. Without it, a
 *     {@code root/flake.lock} the case brings must be left alone (same content, same modification time), and
 *     a case without one must not get one;
 * <li>{@code git}: optional, folders to make Git repositories, one a line: {@code FOLDER} commits all of its
 *     files (fixed author, committer and dates); {@code untracked=FILE} leaves a file out of the commit,
 *     {@code dirty=FILE} changes a committed file afterwards.
 * </ul>
 *
 * In every file of the case, {@value #DIR} stands for the folder the case is copied to for a run (so inputs are
 * written {@code path:@DIR@/a}); outputs are compared with that folder written {@value #DIR} again. Every file
 * and folder of the copy gets the same modification time ({@link #MTIME}), so that {@code lastModified} of path
 * inputs is the same on every run. The NAR hash and store path of a folder whose content names the copy's
 * folder (an {@code @DIR@} in a {@code flake.nix} or {@code flake.lock}) differ from run to run: outputs write
 * them {@code @NARHASH:FOLDER@} and {@code /nix/store/@HASH:FOLDER@-source}. Hashes of other folders are kept.
 */
record FlakeCase(Path dir) {
    static final String DIR = "@DIR@";

    /** The modification time of every file of a copy (2023-11-14T22:13:20Z). */
    static final long MTIME = 1_700_000_000L;

    /** The files of a case folder that are not flakes. */
    static final Set<String> CONTROL_FILES = Set.of("command", "out.exp", "err.exp", "exit", "flake.lock.exp", "git");

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static final String GIT_DATE = "2023-01-01T00:00:00Z";

    static Path corpusRoot() {
        return EvalCase.corpusRoot().resolve("flakes");
    }

    static List<FlakeCase> all() {
        try (Stream<Path> dirs = Files.list(corpusRoot())) {
            return dirs.filter(Files::isDirectory).sorted().map(FlakeCase::new).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return dir.getFileName().toString();
    }

    Path outFile() {
        return dir.resolve("out.exp");
    }

    Path errFile() {
        return dir.resolve("err.exp");
    }

    Path exitFile() {
        return dir.resolve("exit");
    }

    Path lockFile() {
        return dir.resolve("flake.lock.exp");
    }

    int expectedExitCode() {
        return Files.exists(exitFile()) ? Integer.parseInt(EvalCase.read(exitFile()).strip()) : 0;
    }

    /** The command's arguments, {@value #DIR} not yet replaced. */
    List<String> command() {
        return split(EvalCase.read(dir.resolve("command")).strip());
    }

    /** A list file of the flake corpus ({@code CASE: reason} a line). */
    static Map<String, String> listFile(String fileName) {
        Path file = corpusRoot().resolve(fileName);
        return Files.exists(file) ? EvalCase.listFile(file) : Map.of();
    }

    /** Splits a command line as a POSIX shell does, without expansions. */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                continue;
            }
            if (word == null) {
                word = new StringBuilder();
            }
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated ' in: " + line);
                }
                word.append(line, i + 1, end);
                i = end;
            } else if (c == '"') {
                i++;
                for (; i < line.length() && line.charAt(i) != '"'; i++) {
                    char d = line.charAt(i);
                    if (d == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                        d = line.charAt(++i);
                    }
                    word.append(d);
                }
                if (i >= line.length()) {
                    throw new IllegalArgumentException("unterminated \" in: " + line);
                }
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
            } else {
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** A copy of the case, ready to run in. */
    Copy copy() {
        try {
            // A name of fixed length, so that columns in error positions after an @DIR@ are the same on every run.
            Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
            Path base;
            do {
                base = tmp.resolve(String.format("nixj-flake-%016x", RANDOM.nextLong()));
            } while (Files.exists(base));
            Files.createDirectory(base);
            Copy copy = new Copy(this, base);
            copy.prepare();
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case copied to {@code base} for one run. */
    static final class Copy {
        private final FlakeCase c;
        private final Path base;
        private String lockBefore;
        private FileTime lockTimeBefore;

        Copy(FlakeCase c, Path base) {
            this.c = c;
            this.base = base;
        }

        Path base() {
            return base;
        }

        Path root() {
            return base.resolve("root");
        }

        /** The command's arguments with {@value #DIR} made real. */
        List<String> command() {
            return c.command().stream().map(a -> a.replace(DIR, base.toString())).toList();
        }

        private void prepare() throws IOException {
            try (Stream<Path> entries = Files.list(c.dir())) {
                for (Path entry : entries.sorted().toList()) {
                    if (Files.isDirectory(entry)) {
                        copyTree(entry, base.resolve(entry.getFileName().toString()));
                    } else if (!CONTROL_FILES.contains(entry.getFileName().toString())) {
                        throw new IllegalStateException(c.name() + ": stray file " + entry);
                    }
                }
            }
            if (Files.exists(c.dir().resolve("git"))) {
                for (String line : EvalCase.read(c.dir().resolve("git")).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        makeGitRepository(FlakeCase.split(line));
                    }
                }
            }
            setTimes(base);
            Path lock = root().resolve("flake.lock");
            if (Files.exists(lock)) {
                lockBefore = Files.readString(lock, StandardCharsets.ISO_8859_1);
                lockTimeBefore = Files.getLastModifiedTime(lock);
            }
        }

        private void copyTree(Path from, Path to) throws IOException {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(to.resolve(from.relativize(d).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    Path target = to.resolve(from.relativize(f).toString());
                    String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                    Files.write(target, text.replace(DIR, base.toString()).getBytes(StandardCharsets.ISO_8859_1));
                    return FileVisitResult.CONTINUE;
                }
            });
        }

        private void makeGitRepository(List<String> words) throws IOException {
            Path repo = base.resolve(words.getFirst());
            List<String> untracked = new ArrayList<>();
            List<String> dirty = new ArrayList<>();
            for (String option : words.subList(1, words.size())) {
                if (option.startsWith("untracked=")) {
                    untracked.add(option.substring("untracked=".length()));
                } else if (option.startsWith("dirty=")) {
                    dirty.add(option.substring("dirty=".length()));
                } else {
                    throw new IllegalStateException(c.name() + ": unknown option in git: " + option);
                }
            }
            git(repo, "init", "-q", "-b", "main");
            git(repo, "add", "-A");
            for (String file : untracked) {
                git(repo, "rm", "-q", "--cached", file);
            }
            git(repo, "commit", "-q", "-m", "the case");
            for (String file : dirty) {
                Files.writeString(repo.resolve(file), "# changed after the commit\n", StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.APPEND);
            }
        }

        private void git(Path repo, String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of("git"));
            command.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
            Map<String, String> env = pb.environment();
            env.put("GIT_CONFIG_NOSYSTEM", "1");
            env.put("GIT_CONFIG_GLOBAL", "/dev/null");
            env.put("GIT_AUTHOR_NAME", "Flake Corpus");
            env.put("GIT_AUTHOR_EMAIL", "corpus@nixj.invalid");
            env.put("GIT_COMMITTER_NAME", "Flake Corpus");
            env.put("GIT_COMMITTER_EMAIL", "corpus@nixj.invalid");
            env.put("GIT_AUTHOR_DATE", GIT_DATE);
            env.put("GIT_COMMITTER_DATE", GIT_DATE);
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            try {
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IllegalStateException("git " + String.join(" ", args) + " failed in " + repo + ": " + output);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Gives every file and folder under {@code top} the modification time {@link #MTIME}, folders last. */
        private static void setTimes(Path top) throws IOException {
            FileTime time = FileTime.from(MTIME, TimeUnit.SECONDS);
            try (Stream<Path> all = Files.walk(top)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    if (!Files.isSymbolicLink(p)) {
                        Files.setLastModifiedTime(p, time);
                    }
                }
            }
        }

        /** Whether the run left the lock file as the case brought it (or brought none and got none). */
        String lockFileProblem() throws IOException {
            Path lock = root().resolve("flake.lock");
            if (lockBefore == null) {
                return Files.exists(lock) ? "a lock file was written:\n" + normalise(Files.readString(lock, StandardCharsets.ISO_8859_1)) : null;
            }
            if (!Files.exists(lock)) {
                return "the lock file was removed";
            }
            String now = Files.readString(lock, StandardCharsets.ISO_8859_1);
            if (!now.equals(lockBefore)) {
                return "the lock file was changed:\n" + normalise(now);
            }
            if (!Files.getLastModifiedTime(lock).equals(lockTimeBefore)) {
                return "the lock file was rewritten (same content, new modification time)";
            }
            return null;
        }

        /** The lock file after the run, normalised, or null. */
        String lockFileAfter() throws IOException {
            Path lock = root().resolve("flake.lock");
            return Files.exists(lock) ? normalise(Files.readString(lock, StandardCharsets.ISO_8859_1)) : null;
        }

        /**
         * {@code output} with this copy's folder written {@value #DIR}, and the hashes of folders whose content
         * names it written as placeholders.
         */
        String normalise(String output) {
            String text = output;
            for (Map.Entry<String, String> e : runDependentHashes().entrySet()) {
                text = text.replace(e.getKey(), e.getValue());
            }
            return text.replace(base.toString(), DIR);
        }

        private Map<String, String> runDependentHashes() {
            Map<String, String> hashes = new LinkedHashMap<>();
            try (Stream<Path> dirs = Files.list(base)) {
                for (Path folder : dirs.filter(Files::isDirectory).sorted().toList()) {
                    if (Files.exists(folder.resolve(".git")) || !mentionsBase(folder)) {
                        continue;
                    }
                    String name = folder.getFileName().toString();
                    Hash nar = Nar.hash(folder, HashAlgorithm.SHA256).hash();
                    String sri = nar.format(HashFormat.SRI, true);
                    String storeHash = StoreDirectory.DEFAULT
                            .makeFixedOutputPath("source", new ContentAddress(FileIngestionMethod.NIX_ARCHIVE, nar)).hashPart();
                    hashes.put(sri, "@NARHASH:" + name + "@");
                    hashes.put(sri.replace("+", "%2B").replace("=", "%3D"), "@NARHASH:" + name + "@");
                    hashes.put(storeHash, "@HASH:" + name + "@");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return hashes;
        }

        private boolean mentionsBase(Path folder) throws IOException {
            byte[] needle = base.toString().getBytes(StandardCharsets.ISO_8859_1);
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    if (new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)
                            .contains(new String(needle, StandardCharsets.ISO_8859_1))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Deletes the copy. */
        void delete() {
            try (Stream<Path> all = Files.walk(base)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    p.toFile().setWritable(true);
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                // a temporary folder left behind is harmless
            }
        }
    }
}
