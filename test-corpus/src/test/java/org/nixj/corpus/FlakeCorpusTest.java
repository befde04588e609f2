package org.nixj.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nixj.cli.Console;
import org.nixj.cli.Main;
import org.nixj.testsupport.InProcessCli;
import org.nixj.testsupport.NixOracle;

/**
 * Runs every case of the flake corpus ({@link FlakeCase}) through nixj, in-process, with a private
 * {@code --store}, and compares its exit code, standard output, standard error and lock file with the goldens.
 *
 * <p>In-process, nixj's working directory is the test's, not the case's {@code root/}: arguments that are
 * references relative to the working directory ({@code .}, {@code .#x}, {@code ./sub}, {@code ../a#x}) are made
 * absolute against the copy's {@code root/} before the run, which is what Nix makes of them too (its messages
 * name the absolute {@code path:} reference).
 *
 * <p>Cases listed in {@code flakes/not-yet-passing.txt} are known not to pass: the test checks that they still
 * do not. With {@code -Dnixj.accept}, the goldens of a new case are written from nixj's output when Nix 2.8 does
 * not write them (Nix is not installed, or the case is listed in {@code flakes/nix-2.8-differences.txt}).
 */
class FlakeCorpusTest {
    private static final InProcessCli.EntryPoint NIXJ = (in, out, err, args) ->
            Main.commandLine(new Console(in, out, err)).execute(args);

    private static final Path STORE = privateStore();

    private static final Pattern RELATIVE = Pattern.compile("\\.\\.?(/[^#]*)?(#.*)?");

    private static Path privateStore() {
        try {
            return Files.createTempDirectory("nixj-flake-corpus-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> corpus() {
        Map<String, String> notYetPassing = FlakeCase.listFile("not-yet-passing.txt");
        Map<String, String> differences = FlakeCase.listFile("nix-2.8-differences.txt");
        return FlakeCase.all().stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> check(c, notYetPassing.get(c.name()), !NixOracle.installed() || differences.containsKey(c.name()))));
    }

    private static void check(FlakeCase c, String notYetPassingReason, boolean writesGoldens) {
        FlakeCase.Copy copy = c.copy();
        try {
            FlakeOutcome outcome = run(copy);
            if (writesGoldens) {
                outcome.acceptIfNew(c, "nixj");
            }
            List<String> mismatches = outcome.mismatches(c);
            if (notYetPassingReason != null) {
                assertFalse(mismatches.isEmpty(), c.name() + " passes now: take it off flakes/not-yet-passing.txt"
                        + " (listed because: " + notYetPassingReason + ")");
                return;
            }
            if (!mismatches.isEmpty()) {
                fail(c.name() + " (nixj " + String.join(" ", c.command()) + "):\n" + String.join("\n", mismatches));
            }
        } finally {
            copy.delete();
        }
    }

    /** Runs the case's command with nixj in {@code copy}. */
    static FlakeOutcome run(FlakeCase.Copy copy) {
        List<String> command = copy.command();
        List<String> args = new ArrayList<>();
        // nixj's options belong to the command that takes them: after "eval", or after "flake show".
        int commandWords = Set.of("flake", "registry").contains(command.getFirst()) && command.size() > 1 ? 2 : 1;
        args.addAll(command.subList(0, commandWords));
        args.add("--store");
        args.add(STORE.toString());
        for (String arg : command.subList(commandWords, command.size())) {
            args.add(RELATIVE.matcher(arg).matches() ? copy.root() + "/" + arg : arg);
        }
        InProcessCli.Result r = InProcessCli.run(NIXJ, StandardCharsets.ISO_8859_1, args);
        String[] parts = FlakeOutcome.splitAtError(r.err());
        String err = parts[0] + EvalCase.withoutTraceFrames(parts[1]);
        return FlakeOutcome.of(copy, r.exitCode(), r.out(), err);
    }

    @Test
    void corpusIsLargeEnough() {
        int n = FlakeCase.all().size();
        assertTrue(n >= 80, "the flake corpus should have at least 80 cases, has " + n);
    }

    @Test
    void everyCaseIsComplete() {
        for (FlakeCase c : FlakeCase.all()) {
            assertTrue(Files.exists(c.dir().resolve("command")), c.name() + ": no command");
            assertTrue(Files.isDirectory(c.dir().resolve("root")), c.name() + ": no root/");
            assertTrue(Files.exists(c.outFile()), c.name() + ": no out.exp");
            assertTrue(c.expectedExitCode() == 0 || Files.exists(c.errFile()), c.name() + ": a failure needs err.exp");
        }
    }

    @Test
    void listFilesNameExistingCases() {
        for (String list : List.of("not-yet-passing.txt", "nix-2.8-differences.txt")) {
            for (Map.Entry<String, String> e : FlakeCase.listFile(list).entrySet()) {
                assertTrue(Files.isDirectory(FlakeCase.corpusRoot().resolve(e.getKey())), list + ": no case " + e.getKey());
                assertFalse(e.getValue().isBlank(), list + ": no reason given for " + e.getKey());
            }
        }
    }
}
