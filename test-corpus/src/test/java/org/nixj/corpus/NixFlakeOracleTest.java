package org.nixj.corpus;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nixj.testsupport.NixOracle;

/**
 * Checks the goldens of the flake corpus ({@link FlakeCase}) against {@code nix} (Nix 2.8, Debian's nix-bin)
 * where it is installed: every case not listed in {@code flakes/nix-2.8-differences.txt} runs as
 * {@code nix --extra-experimental-features 'nix-command flakes' COMMAND} in the copy's {@code root/}, and must
 * give the golden exit code, standard output, standard error and lock file.
 *
 * <p>Nix runs privately: a state directory, chroot store, {@code HOME} and XDG folders of its own (shared by
 * the runs of one JVM), no {@code NIX_PATH}, {@code build-users-group} cleared, and an empty flake registry
 * ({@code --flake-registry /dev/null}), so it never reaches the network. Four layout differences of 2.8 are
 * normalised rather than listed: its error reports are put in current Nix's layout ({@link Nix28ErrorLayout}),
 * {@code nix eval --json} gets the final newline that current Nix prints and 2.8 does not, the progress
 * lines Nix prints when standard error is not a terminal ({@code evaluating 'x'...}) are dropped, since nixj
 * prints what Nix prints on a terminal, and the goldens' lock-file notices are compared in 2.8's wording
 * ({@link #nix28LockNotices}).
 *
 * <p>With {@code -Dnixj.accept}, the goldens of a new case that 2.8 runs are written from 2.8's output (and the
 * case fails, so that they are reviewed); they follow current Nix, so a case where 2.8 differs is listed instead.
 */
class NixFlakeOracleTest {
    static final String NIX = "nix";

    private static final String SOURCE = "nix (Nix 2.8)";

    private static final Path STATE = state();

    private static Path state() {
        try {
            return Files.createTempDirectory("nixj-flake-oracle").toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> goldensAgreeWithNix28() {
        NixOracle.assumeInstalled();
        Map<String, String> differences = FlakeCase.listFile("nix-2.8-differences.txt");
        return FlakeCase.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Assumptions.assumeFalse(differences.containsKey(c.name()),
                    () -> "Nix 2.8 differs from current Nix here: " + differences.get(c.name()));
            compare(c);
        }));
    }

    private static void compare(FlakeCase c) throws Exception {
        FlakeCase.Copy copy = c.copy();
        try {
            FlakeOutcome outcome = run(copy);
            outcome.acceptIfNew(c, SOURCE);
            List<String> mismatches = outcome.mismatches(c, NixFlakeOracleTest::nix28LockNotices);
            if (!mismatches.isEmpty()) {
                fail(c.name() + " (nix " + String.join(" ", c.command()) + "):\n" + String.join("\n", mismatches));
            }
        } finally {
            copy.delete();
        }
    }

    /** Runs the case's command with Nix 2.8 in {@code copy}'s {@code root/}. */
    static FlakeOutcome run(FlakeCase.Copy copy) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(NIX, "--extra-experimental-features", "nix-command flakes",
                "--flake-registry", registry().toString(), "--store", STATE.resolve("root").toString()));
        command.addAll(copy.command());
        ProcessBuilder pb = new ProcessBuilder(command).directory(copy.root().toFile());
        Path home = STATE.resolve("home");
        Map<String, String> env = pb.environment();
        env.put("NIX_STATE_DIR", STATE.toString());
        env.put("NIX_CONFIG", "build-users-group =\nsubstituters =");
        env.put("NIX_PATH", "");
        env.put("HOME", home.toString());
        env.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        env.put("XDG_STATE_HOME", home.resolve(".local/state").toString());
        env.put("XDG_CONFIG_DIRS", home.resolve(".config-dirs").toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        Path out = Files.createTempFile("nixj-flake-oracle", ".out");
        Path err = Files.createTempFile("nixj-flake-oracle", ".err");
        try {
            pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor();
                throw new IllegalStateException("nix did not finish: " + command);
            }
            String stdout = new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1);
            String stderr = new String(Files.readAllBytes(err), StandardCharsets.ISO_8859_1);
            if (command.contains("--json") && !stdout.isEmpty() && !stdout.endsWith("\n")) {
                stdout += "\n";
            }
            String[] parts = FlakeOutcome.splitAtError(withoutProgress(stderr));
            String report = parts[1].isEmpty() ? "" : Nix28ErrorLayout.convert(parts[1], file -> realFile(file));
            return FlakeOutcome.of(copy, p.exitValue(), logical(stdout), currentQueryEncoding(logical(parts[0] + report)));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static final Pattern PROGRESS = Pattern.compile(
            "(?m)^(evaluating '[^\n]*'|evaluating flake|checking [^\n]*|running flake checks)\\.\\.\\.\n");

    /**
     * Nix prints its progress messages ({@code evaluating 'packages'...}, {@code checking flake output 'x'...})
     * when standard error is not a terminal; nixj prints what Nix prints on a terminal, where they are hidden.
     */
    static String withoutProgress(String stderr) {
        return PROGRESS.matcher(stderr).replaceAll("");
    }

    // (Goldens are read a byte a character: the bullet and arrow are matched in their UTF-8 bytes.)
    private static final Pattern CREATING_LOCK_FILE = Pattern.compile(
            "(?m)^warning: creating lock file \"([^\n]*)\": \n(?:(?:" + Pattern.quote(byteString("\u2022 ")) + "|    |"
                    + Pattern.quote(byteString("  \u2192 ")) + ")[^\n]*\n)*");
    private static final Pattern UPDATING_LOCK_FILE = Pattern.compile(
            "(?m)^warning: updating lock file \"([^\n]*)\"");

    /**
     * A golden's lock-file notices as 2.8 words them: the file's name in single quotes, and no list of the
     * inputs of a new lock file (2.8 lists only the changes to an existing one). The list is nixj's alone to
     * get right there: 2.8 checks the same lines in its "updating" and "not writing" notices.
     */
    static String nix28LockNotices(String golden) {
        String created = CREATING_LOCK_FILE.matcher(golden).replaceAll(m ->
                Matcher.quoteReplacement("warning: creating lock file '" + m.group(1) + "'\n"));
        return UPDATING_LOCK_FILE.matcher(created).replaceAll(m ->
                Matcher.quoteReplacement("warning: updating lock file '" + m.group(1) + "'"));
    }

    private static String byteString(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** An empty flake registry. */
    private static Path registry() throws IOException {
        Path file = STATE.resolve("registry.json");
        if (!Files.exists(file)) {
            Files.writeString(file, "{\"flakes\":[],\"version\":2}\n");
        }
        return file;
    }

    /** 2.8 names files in its chroot store by their real paths: they are written as {@code /nix/store/...} again. */
    private static String logical(String text) {
        return text.replace(STATE.resolve("root") + "/nix/store/", "/nix/store/");
    }

    private static final Pattern NAR_HASH_QUERY = Pattern.compile("([?&]narHash=)([^&'\\s]*)");

    /**
     * 2.8 percent-encodes the values of a reference's query in its own way ({@code /} as {@code %2f}, {@code +}
     * and {@code =} kept); current Nix keeps {@code /} and encodes {@code +} and {@code =} as {@code %2B} and
     * {@code %3D}. The {@code narHash} values of references in 2.8's messages are written as current Nix writes them.
     */
    static String currentQueryEncoding(String text) {
        Matcher m = NAR_HASH_QUERY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = java.net.URLDecoder.decode(m.group(2).replace("+", "%2B"), StandardCharsets.UTF_8);
            StringBuilder encoded = new StringBuilder();
            for (char c : value.toCharArray()) {
                if (Character.isLetterOrDigit(c) || "-._~:@/?".indexOf(c) >= 0) {
                    encoded.append(c);
                } else {
                    encoded.append(String.format("%%%02X", (int) c));
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + encoded));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Where a file an error report names is on this machine: store paths are in the chroot store. */
    private static Path realFile(String file) {
        return file.startsWith("/nix/store/") ? Path.of(STATE.resolve("root") + file) : Path.of(file);
    }
}
