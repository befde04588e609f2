package org.nixj.flake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local references cross-checked with the installed Nix (2.8, where present): the {@code originalUrl}
 * {@code nix flake metadata --json} gives for a file name, in the cases where Nix 2.8 and current Nix
 * agree (2.8 leaves {@code path:} URLs relative and rejects file names that are not URL-safe, which current
 * Nix accepts). Skipped when {@code nix} is not installed.
 */
class FlakeRefNixOracleTest {
    private static final Pattern ORIGINAL_URL = Pattern.compile("\"originalUrl\":\"([^\"]*)\"");

    @TempDir
    static Path temp;
    private static Path state;

    @BeforeAll
    static void flakes() throws IOException, InterruptedException {
        assumeTrue(installed(), "nix is not installed");
        temp = temp.toRealPath();
        state = Files.createDirectories(temp.resolve("state"));
        for (String dir : List.of("plain", "repo", "repo/sub")) {
            Files.createDirectories(temp.resolve(dir));
            Files.writeString(temp.resolve(dir).resolve("flake.nix"), "{ outputs = _: { }; }\n");
        }
        Files.createDirectories(temp.resolve("plain/sub/deeper"));
        Files.createDirectories(temp.resolve("repo/sub/inner"));
        Files.writeString(temp.resolve("repo/sub/inner/file"), "x\n");
        Path repo = temp.resolve("repo");
        run(repo, "git", "init", "-q");
        run(repo, "git", "add", "-A");
        run(repo, "git", "-c", "user.email=nixj@example.org", "-c", "user.name=nixj", "commit", "-qm", "flakes");
    }

    private static boolean installed() {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream().anyMatch(d -> Files.isExecutable(Path.of(d, "nix")))
                && List.of(path.split(File.pathSeparator)).stream().anyMatch(d -> Files.isExecutable(Path.of(d, "git")));
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        if (state != null) {
            pb.environment().put("NIX_STATE_DIR", state.toString());
            pb.environment().put("XDG_CACHE_HOME", state.resolve("cache").toString());
            pb.environment().put("NIX_CONFIG", "build-users-group =");
        }
        Process p = pb.start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return new String(output, StandardCharsets.UTF_8);
    }

    private static void agrees(String reference, String base) throws IOException, InterruptedException {
        Path dir = temp.resolve(base);
        String output = run(dir, "nix", "--extra-experimental-features", "nix-command flakes", "flake", "metadata", "--json", reference);
        Matcher m = ORIGINAL_URL.matcher(output);
        assumeTrue(m.find(), () -> "nix flake metadata failed: " + output);
        assertEquals(m.group(1), FlakeRef.parse(reference, dir).toString(), reference + " in " + base);
    }

    @Test
    void aFlakeOutsideGit() throws Exception {
        agrees(".", "plain");
        agrees(temp + "/plain", ".");
    }

    @Test
    void aSubdirectoryWithoutFlakeNix() throws Exception {
        agrees("./sub", "plain");
        agrees("./sub/deeper", "plain");
    }

    @Test
    void flakesInAGitRepository() throws Exception {
        agrees(".", "repo");
        agrees("./sub", "repo");
        agrees("./sub/inner", "repo");
        agrees("git+file://" + temp + "/repo?dir=sub", "repo");
        agrees("path:" + temp + "/repo/sub", "repo");
    }
}
