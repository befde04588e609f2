package org.nixj.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nixj.testsupport.Goldens;
import org.nixj.testsupport.NixOracle;

/**
 * The lib corpus: unit cases for modules-lib's {@code lib} (everything but the module system), one file per
 * topic in {@code lib/cases/}, run by {@code lib/check.nix} (which documents the case format). Each topic is
 * evaluated by nixj and, where it is installed, by {@code nix-instantiate} (Nix 2.8) on the same modules-lib
 * tree (system property {@code nixj.modulesLib}); every case must hold in both, and both must print the same
 * report.
 *
 * <p>{@code lib/not-yet-passing.txt} lists cases nixj is known to get wrong ({@code TOPIC.nix/CASE: reason});
 * for those the test checks that nixj still fails them (and only them), so a fixed case leaves the list.
 *
 * <p>Error messages, which {@code tryEval} cannot see, are cases of their own: {@code lib/errors/NAME.nix} must
 * fail with the report in {@code NAME.err.exp} (current Nix's layout without trace frames, as in the eval corpus,
 * with the corpus under {@value EvalCase#VIRTUAL_ROOT} and modules-lib under {@value #VIRTUAL_MODULES_LIB}), in
 * nixj and in Nix 2.8. With {@code -Dnixj.accept}, a missing {@code NAME.err.exp} is written from Nix 2.8's report
 * where Nix is installed, else from nixj's, and the case fails so that the new file is reviewed ({@link Goldens}).
 * Existing goldens are never rewritten.
 */
class LibCorpusTest {
    private static final Pattern REPORT = Pattern.compile(
            "\\{ cases = (\\d+); details = (.*); failed = \\[ ((?:\"[^\"]*\" )*)\\]; \\}\n", Pattern.DOTALL);

    /** What check.nix printed for one topic. */
    record Report(int cases, Set<String> failed, String text) {
        static Report parse(String topic, int exitCode, String out, String err) {
            Matcher m = REPORT.matcher(out);
            assertTrue(exitCode == 0 && m.matches(), topic + ": the topic did not evaluate (exit code " + exitCode
                    + ")\nstdout:\n" + out + "\nstderr:\n" + err);
            Set<String> failed = Arrays.stream(m.group(3).split(" "))
                    .filter(s -> !s.isEmpty())
                    .map(s -> s.substring(1, s.length() - 1))
                    .collect(Collectors.toCollection(TreeSet::new));
            return new Report(Integer.parseInt(m.group(1)), failed, out);
        }
    }

    private static final Map<String, Report> NIXJ_REPORTS = new ConcurrentHashMap<>();
    static final String VIRTUAL_MODULES_LIB = "/nixj-modules-lib";

    static Path libRoot() {
        return EvalCase.corpusRoot().resolve("lib");
    }

    static Path modulesLib() {
        String tree = System.getProperty("nixj.modulesLib");
        Assumptions.assumeTrue(tree != null, "system property nixj.modulesLib is not set");
        return Path.of(tree).toAbsolutePath().normalize();
    }

    static List<String> topics() {
        try (Stream<Path> files = Files.list(libRoot().resolve("cases"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".nix")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> arguments(String topic) {
        return List.of("--eval", "--strict", "-I", "nixpkgs=" + modulesLib(), "--argstr", "topic", topic,
                libRoot().resolve("check.nix").toString());
    }

    /** The cases of {@code topic} listed as not yet passing in nixj. */
    private static Set<String> notYetPassing(String topic) {
        Set<String> names = new TreeSet<>();
        for (String listed : EvalCase.listFile(libRoot().resolve("not-yet-passing.txt")).keySet()) {
            if (listed.startsWith(topic + "/")) {
                names.add(listed.substring(topic.length() + 1));
            }
        }
        return names;
    }

    /** nixj's report on a topic; each topic is evaluated once per test run. */
    private static Report nixj(String topic) {
        return NIXJ_REPORTS.computeIfAbsent(topic, t -> {
            NixjEvalRun run = NixjEvalRun.instantiate(arguments(t));
            return Report.parse(t, run.exitCode(), run.out(), run.err());
        });
    }

    private static Report nix(String topic) {
        NixOracle.Output run = NixOracle.instantiate().args(arguments(topic)).home(EvalCase.HOME).directory(libRoot()).run();
        return Report.parse(topic, run.exitCode(), run.stdout(), run.stderr());
    }

    @TestFactory
    Stream<DynamicTest> topicsHoldInNixj() {
        return topics().stream().map(topic -> DynamicTest.dynamicTest(topic, () -> {
            Report report = nixj(topic);
            assertEquals(notYetPassing(topic), report.failed(), topic + ": failing cases differ from "
                    + "lib/not-yet-passing.txt; nixj's report:\n" + report.text());
        }));
    }

    @TestFactory
    Stream<DynamicTest> topicsHoldInNixAndPrintTheSame() {
        NixOracle.assumeInstalled();
        return topics().stream().map(topic -> DynamicTest.dynamicTest(topic, () -> {
            Report nix = nix(topic);
            assertEquals(Set.of(), nix.failed(), topic + ": cases fail in nix-instantiate:\n" + nix.text());
            if (notYetPassing(topic).isEmpty()) {
                assertEquals(nix.text(), nixj(topic).text(), topic + ": nixj's report differs from Nix's");
            }
        }));
    }

    @Test
    void corpusHasAtLeast300Cases() {
        int total = topics().stream().mapToInt(topic -> nixj(topic).cases()).sum();
        assertTrue(total >= 300, "the lib corpus should have at least 300 cases, has " + total);
    }

    @Test
    void notYetPassingListsExistingCases() {
        Map<String, String> listed = EvalCase.listFile(libRoot().resolve("not-yet-passing.txt"));
        List<String> topics = topics();
        List<String> unknown = new ArrayList<>();
        for (String entry : listed.keySet()) {
            int slash = entry.indexOf('/');
            if (slash < 0 || !topics.contains(entry.substring(0, slash))) {
                unknown.add(entry);
            }
        }
        assertEquals(List.of(), unknown, "entries of lib/not-yet-passing.txt naming no topic");
    }
    static List<Path> errorCases() {
        try (Stream<Path> files = Files.list(libRoot().resolve("errors"))) {
            return files.filter(f -> f.toString().endsWith(".nix")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> errorArguments(Path file) {
        return List.of("--eval", "--strict", "-I", "nixpkgs=" + modulesLib(), file.toString());
    }

    private static Path golden(Path file) {
        return file.resolveSibling(file.getFileName().toString().replaceFirst("\\.nix$", ".err.exp"));
    }

    private static String virtualise(String report) {
        return report.replace(EvalCase.corpusRoot().toString(), EvalCase.VIRTUAL_ROOT)
                .replace(modulesLib().toString(), VIRTUAL_MODULES_LIB);
    }

    @TestFactory
    Stream<DynamicTest> errorsAsExpectedInNixj() {
        return errorCases().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            NixjEvalRun run = NixjEvalRun.instantiate(errorArguments(file));
            String report = virtualise(EvalCase.withoutTraceFrames(run.err()));
            if (!NixOracle.installed()) {
                Goldens.acceptIfMissing(golden(file), report, "nixj");
            }
            assertEquals(1, run.exitCode(), file + ": expected an evaluation error; stdout:\n" + run.out());
            assertEquals(EvalCase.read(golden(file)), report, file.getFileName().toString());
        }));
    }

    @TestFactory
    Stream<DynamicTest> errorsAsExpectedInNix() {
        NixOracle.assumeInstalled();
        return errorCases().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            NixOracle.Output run = NixOracle.instantiate().args(errorArguments(file)).home(EvalCase.HOME).directory(libRoot()).run();
            assertEquals(1, run.exitCode(), file + ": expected an evaluation error; stdout:\n" + run.stdout());
            // Source lines of positions in modules-lib are read from the real files, then the path is hidden.
            String stderr = run.stderr().replace(EvalCase.corpusRoot().toString(), EvalCase.VIRTUAL_ROOT);
            String report = virtualise(Nix28ErrorLayout.convert(stderr, EvalCase.corpusRoot()));
            Goldens.acceptIfMissing(golden(file), report, "nix-instantiate (Nix 2.8)");
            assertEquals(EvalCase.read(golden(file)), report, file.getFileName().toString());
        }));
    }
}
