package org.nixj.cli.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nixj repl} in a real terminal: tmux runs it on the example flake, keys are typed with
 * {@code send-keys} (Tab, Enter, Ctrl-C, Ctrl-D) and the screen is read with {@code capture-pane}. Skipped
 * where tmux is missing (CI installs it). It also reports the time to the first prompt and of a completion.
 */
class ReplTmuxTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "rescue-flake").toAbsolutePath().normalize();
    private static final Duration LOAD = Duration.ofSeconds(120);
    private static final Duration STEP = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final String session = "nixj-repl-test-" + ProcessHandle.current().pid();

    @AfterEach
    void stop() throws Exception {
        tmux("kill-session", "-t", session);
    }

    @Test
    void typesIntoTheReplOnTheExampleFlake() throws Exception {
        assumeTrue(tmux("-V") == 0, "tmux is not installed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = String.join(" ", List.of(
                "env", "XDG_DATA_HOME=" + dir.resolve("data"), "XDG_CACHE_HOME=" + dir.resolve("cache"), "NO_COLOR=1",
                quote(java), "--enable-native-access=ALL-UNNAMED", "-cp", quote(System.getProperty("java.class.path")), "org.nixj.cli.Main", "repl",
                "--store", quote(dir.resolve("store").toString()), "--no-write-lock-file", quote(EXAMPLE.toString())));
        long start = System.nanoTime();
        assertTrue(tmux("new-session", "-d", "-s", session, "-x", "160", "-y", "50", command) == 0);
        waitFor("Added ", LOAD);
        waitFor("nixj-repl> ", STEP);
        System.out.printf("nixj repl on the example flake: first prompt after %d ms%n", (System.nanoTime() - start) / 1_000_000);

        keys("packages.x86_64-linux.rescue.passthru.config.networking.hostNa", "Tab");
        waitFor("networking.hostName", STEP);
        keys("Enter");
        waitFor("\"rescue\"", STEP);

        // A completion once the configuration is loaded.
        keys("packages.x86_64-linux.rescue.passthru.config.services.get", "Tab");
        long completing = System.nanoTime();
        waitFor("services.getty", STEP);
        System.out.printf("completion of config.services.get: on screen after %d ms%n", (System.nanoTime() - completing) / 1_000_000);
        keys("C-u");

        keys("builtins.foldl' (a: b: a + builtins.length (builtins.filter (x: true) (builtins.genList (x: x) 1000))) 0"
                + " (builtins.genList (x: x) 1000000)", "Enter");
        Thread.sleep(1500);
        keys("C-c");
        waitFor("error: interrupted by the user", STEP);
        keys("6 * 7", "Enter");
        waitFor("42\n\nnixj-repl>", STEP);

        // Ctrl-D at the prompt leaves; the JVM's exit may take a while on a busy machine.
        Thread.sleep(500);
        keys("C-d");
        long deadline = System.nanoTime() + LOAD.toNanos();
        while (tmux("has-session", "-t", session) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(tmux("has-session", "-t", session) != 0, "Ctrl-D did not leave the REPL:\n" + screen());
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** Types each of {@code keys}: a key name (Tab, Enter, C-c) as that key, anything else as literal text. */
    private void keys(String... keys) throws Exception {
        for (String k : keys) {
            boolean named = k.equals("Tab") || k.equals("Enter") || k.startsWith("C-");
            tmux(named ? List.of("send-keys", "-t", session, k) : List.of("send-keys", "-t", session, "-l", k));
        }
    }

    private void waitFor(String text, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = screen();
            if (screen.contains(text)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("'" + text + "' did not appear; the screen:\n" + screen);
    }

    private String screen() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("tmux", "capture-pane", "-p", "-J", "-S", "-200", "-t", session).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return text;
    }

    private static int tmux(String... args) throws IOException, InterruptedException {
        return tmux(List.of(args));
    }

    private static int tmux(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("tmux");
        command.addAll(args);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor();
        } catch (IOException e) {
            return -1;
        }
    }
}
