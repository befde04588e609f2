package org.nixj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.os.FileNames;

/**
 * The process's edges, which only a JVM of nixj's own shows: {@code Main.main} with its real arguments,
 * environment, standard output and heap, started from a shell (so arguments can be any bytes) with no locale
 * set, as in a container, cron or CI. Output is compared byte for byte (ISO-8859-1).
 */
class ProcessEdgesTest {
    @TempDir
    Path dir;

    @Test
    void argumentsAreBytesWithoutALocale() throws Exception {
        // Nix: 6 and 2. Decoded in the locale's charset (ASCII), each byte of "é" was U+FFFD, three bytes.
        assertEquals(new Run(0, "6\n", ""), nixj("", "instantiate --eval --strict -E 'builtins.stringLength \"h\u00c3\u00a9llo\"'"));
        assertEquals(new Run(0, "2\n", ""), nixj("", "instantiate --eval --strict -E '{ x }: builtins.stringLength x' --argstr x '\u00c3\u00a9'"));
        assertEquals(new Run(0, "\"a\377b\"\n", ""), nixj("", "instantiate --eval --strict -E '{ x }: x' --argstr x 'a\u00ffb'"));
    }

    @Test
    void aFileArgumentThatIsNotAsciiIsFound() throws Exception {
        Files.writeString(dir.resolve(FileNames.of("d\u00e9.nix".getBytes(StandardCharsets.UTF_8))), "1 + 1");
        Files.writeString(dir.resolve(FileNames.of(new byte[] {'x', (byte) 0xff, '.', 'n', 'i', 'x'})), "2 + 2");
        assertEquals(new Run(0, "2\n", ""), nixj("", "instantiate --eval '" + dir + "/d\u00c3\u00a9.nix'"));
        assertEquals(new Run(0, "4\n", ""), nixj("", "instantiate --eval '" + dir + "/x\u00ff.nix'"));
    }

    @Test
    void pathOptionsThatAreNotAsciiAreTaken() throws Exception {
        // --store and --out-link are Path options: picocli's own conversion refused these names without a locale.
        Path folder = Files.createDirectory(dir.resolve(FileNames.of("d\u00e9".getBytes(StandardCharsets.UTF_8))));
        // (A text file is written to the store only when read.)
        Run run = nixj("", "eval --store '" + dir + "/d\u00c3\u00a9/store' --raw --expr"
                + " 'let p = builtins.toFile \"a\" \"b\"; in builtins.seq (builtins.readFile p) p'");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(folder.resolve("store").resolve(run.out().substring("/nix/store/".length()))), run.out());
    }

    @Test
    void aFlakeInAFolderThatIsNotAsciiIsFound() throws Exception {
        Path flake = Files.createDirectories(dir.resolve(FileNames.of("d\u00e9/flake".getBytes(StandardCharsets.UTF_8))));
        Files.writeString(flake.resolve("flake.nix"), "{ outputs = { self }: { x = 1; }; }");
        String folder = dir + "/d\u00c3\u00a9/flake";
        // By its absolute path, and from inside it (the working directory, which the JVM decodes lossily).
        assertEquals(new Run(0, "1\n", ""), nixj("", "eval --store '" + dir + "/store' '" + folder + "#x'"));
        assertEquals(new Run(0, "1\n", ""), nixj("cd '" + folder + "'; ", "eval --store '" + dir + "/store' .#x"));
    }

    @Test
    void aGitFlakeWithNamesThatAreNotAsciiEvaluates() throws Exception {
        Path repo = Files.createDirectories(dir.resolve(FileNames.of("d\u00e9/g".getBytes(StandardCharsets.UTF_8))));
        Files.writeString(repo.resolve("flake.nix"), "{ inputs.sub.url = \"./s\u00fcb\"; outputs = { self, sub }:"
                + " { x = [ sub.y (builtins.readFile (self + \"/d\u00e4t\u00e4.txt\")) (baseNameOf sub.outPath) ]; }; }");
        Path sub = Files.createDirectories(repo.resolve(FileNames.of("s\u00fcb".getBytes(StandardCharsets.UTF_8))));
        Files.writeString(sub.resolve("flake.nix"), "{ outputs = { self }: { y = 2; }; }");
        Files.writeString(repo.resolve(FileNames.of("d\u00e4t\u00e4.txt".getBytes(StandardCharsets.UTF_8))), "hi");
        String folder = dir + "/d\u00c3\u00a9/g";
        String git = "export LANG=C.UTF-8; cd '" + folder + "' && git init -q && git add -A"
                + " && git -c user.email=a@b -c user.name=a commit -qm x >/dev/null; ";
        Run run = nixj(git, "eval --store '" + dir + "/store' --json .#x");
        // Writing the lock file (and adding it to Git) leaves the tree dirty, as with Nix.
        assertEquals(new Run(0, "[2,\"hi\",\"s\u00c3\u00bcb\"]\n", "warning: creating lock file \"" + folder + "/flake.lock\": \n"
                + "\u00e2\u0080\u00a2 Added input 'sub':\n    'path:./s%C3%BCb'\n"
                + "warning: Git tree '" + folder + "' is dirty\n"), run);
        // Without a locale too: git gets the folder's name from a file, since the JVM could not pass it.
        assertEquals(new Run(0, "[2,\"hi\",\"s\u00c3\u00bcb\"]\n", "warning: Git tree '" + folder + "' is dirty\n"),
                nixj("cd '" + folder + "'; ", "eval --store '" + dir + "/store' --json .#x"));
    }

    @Test
    void searchPathEntriesAreBytes() throws Exception {
        Path folder = Files.createDirectory(dir.resolve(FileNames.of("d\u00e9".getBytes(StandardCharsets.UTF_8))));
        Files.writeString(folder.resolve("a.nix"), "5");
        assertEquals(new Run(0, "5\n", ""), nixj("", "instantiate --eval -I 'x=" + dir + "/d\u00c3\u00a9' -E 'import <x/a.nix>'"));
        assertEquals(new Run(0, "5\n", ""), nixj("export NIX_PATH='x=" + dir + "/d\u00c3\u00a9'; ", "instantiate --eval -E 'import <x/a.nix>'"));
    }

    @Test
    void theEnvironmentIsBytes() throws Exception {
        assertEquals(new Run(0, "\"x\351\377\"\n", ""),
                nixj("export XV='x\u00e9\u00ff'; ", "instantiate --eval -E 'builtins.getEnv \"XV\"'"));
    }

    @Test
    void outputThatCannotBeWrittenIsAnError() throws Exception {
        assertEquals(new Run(1, "", "error: writing to file: No space left on device\n"),
                nixj("", "instantiate --eval -E '\"x\"' >/dev/full"));
        // picocli writes the help itself: the failure is still one error line, not its stack trace.
        assertEquals(new Run(1, "", "error: writing to file: No space left on device\n"), nixj("", "--help >/dev/full"));
    }

    @Test
    void runningOutOfMemoryIsOneErrorLine() throws Exception {
        Run r = nixj("JAVA_OPTS=-Xmx64m; ", "instantiate --eval --strict -E 'builtins.length (builtins.genList (x: [x x x]) 10000000)'");
        assertEquals(new Run(1, "", "error: out of memory\n"), r);
    }

    @Test
    void messagesInAFileHaveNoEscapes() throws Exception {
        Run r = nixj("export TERM=xterm-256color; ", "instantiate --eval -E 'throw \"\u001b[1;35mbad\u001b[0m\"'");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("error: bad\n"), r.err());
        assertFalse(r.err().contains("\u001b"), r.err());
    }

    /** Exit code and output, as byte strings. */
    record Run(int exitCode, String out, String err) {}

    /**
     * Runs {@code nixj ARGS} from a shell script with {@code LANG} and {@code LC_ALL} unset. {@code prefix}
     * is shell text run first ({@code JAVA_OPTS=...;} gives the JVM options); {@code args} is shell text given as a byte string (each
     * char one byte of the script: "\u00c3\u00a9" is "é"), so arguments can hold any bytes.
     */
    private Run nixj(String prefix, String args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String script = prefix + "exec \"$JAVA\" $JAVA_OPTS -cp \"$CP\" org.nixj.cli.Main " + args + "\n";
        Path file = Files.write(dir.resolve("run.sh"), script.getBytes(StandardCharsets.ISO_8859_1));
        ProcessBuilder pb = new ProcessBuilder("sh", file.toString());
        Map<String, String> env = pb.environment();
        env.remove("LANG");
        env.remove("LC_ALL");
        env.remove("LC_CTYPE");
        env.put("JAVA", java);
        env.put("CP", System.getProperty("java.class.path"));
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        pb.directory(dir.toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("nixj did not finish: " + args);
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.ISO_8859_1), new String(err, StandardCharsets.ISO_8859_1));
    }
}
