package org.nixj.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One case of the module-system corpus: a folder under {@code modules/} with a {@code case.nix}, the module
 * files it uses, and its expectation, either {@code expected.json} (what {@code --eval --strict --json} prints)
 * or {@code expected.err} (the message of the error, without "error: ", positions or trace frames).
 *
 * <p>{@code case.nix} is a function of {@code { lib }} returning the arguments of {@code lib.evalModules} plus
 * {@code read}, a function from the evaluation's result to the value to print; {@code modules/driver.nix} puts
 * the two together. Both nixj and {@code nix-instantiate} evaluate the driver with modules-lib's {@code lib}
 * (the tree named by the system property {@value #MODULES_LIB_PROPERTY}).
 *
 * <p>A failing case may also have {@code expected-context.txt}: lines that the report with {@code --show-trace}
 * must contain, each as one of its trace frames ("… while evaluating ..."), for the contexts the module system
 * adds with {@code builtins.addErrorContext}.
 *
 * <p>A case may have {@code flags}: more arguments for both commands, one a line (settings such as
 * {@code abort-on-warn}, experimental features).
 *
 * <p>Where Nix 2.8 differs from current Nix (which the expectations follow), the case is listed in
 * {@code modules/nix-2.8-differences.txt} with the reason, and 2.8's outcome is in {@code expected-2.8.json} or
 * {@code expected-2.8.err}.
 *
 * <p>Outputs are compared as if the corpus lived under {@value EvalCase#VIRTUAL_ROOT} and modules-lib under
 * {@value #VIRTUAL_LIB}.
 */
record ModuleCase(Path dir) implements JsonGoldenCase {
    static final String MODULES_LIB_PROPERTY = "nixj.modulesLib";
    static final String VIRTUAL_LIB = "/nixj-modules-lib";
    static final String CASE_FILE = "case.nix";

    /** The corpus folder, {@code src/test/resources/modules}. */
    static Path folder() {
        return EvalCase.corpusRoot().resolve("modules");
    }

    static List<ModuleCase> all() {
        try (Stream<Path> files = Files.walk(folder())) {
            return files.filter(f -> f.getFileName().toString().equals(CASE_FILE))
                    .map(f -> new ModuleCase(f.getParent()))
                    .sorted(java.util.Comparator.comparing(ModuleCase::name))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path modulesLib() {
        String lib = System.getProperty(MODULES_LIB_PROPERTY);
        if (lib == null) {
            throw new IllegalStateException("system property " + MODULES_LIB_PROPERTY
                    + " is not set: it names modules-lib/src/main/nix (the test-corpus pom sets it)");
        }
        return Path.of(lib).toAbsolutePath().normalize();
    }

    /** {@code modules/GROUP/CASE}, the name used in reports and list files. */
    public String name() {
        return EvalCase.corpusRoot().relativize(dir).toString();
    }

    public Path jsonFile() {
        return dir.resolve("expected.json");
    }

    public Path errorFile() {
        return dir.resolve("expected.err");
    }

    /** Nix 2.8's outcome, for a case listed in {@code modules/nix-2.8-differences.txt}. */
    Path nix28File(boolean success) {
        return dir.resolve(success ? "expected-2.8.json" : "expected-2.8.err");
    }

    /** The expectation that exists (a new case has none until it is accepted). */
    public Path expectedFile() {
        return Files.exists(errorFile()) ? errorFile() : jsonFile();
    }

    public boolean expectsSuccess() {
        return !Files.exists(errorFile());
    }

    Path contextFile() {
        return dir.resolve("expected-context.txt");
    }

    /** The trace frames the report with {@code --show-trace} must contain, without their "… ". */
    List<String> expectedContext() {
        return Files.exists(contextFile())
                ? EvalCase.read(contextFile()).lines().filter(l -> !l.isBlank()).toList()
                : List.of();
    }

    /** The trace frames of a {@code --show-trace} report ("… " lines, in the ISO-8859-1 view of UTF-8). */
    static List<String> traceFrames(String stderr) {
        String ellipsis = new String("\u2026 ".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        return stderr.lines().map(String::strip).filter(l -> l.startsWith(ellipsis))
                .map(l -> l.substring(ellipsis.length())).toList();
    }

    /**
     * The arguments after {@code nix-instantiate} (or {@code nixj instantiate}), with the case's {@code flags}
     * (one argument a line, such as {@code --option}, {@code abort-on-warn}, {@code true}) at the end.
     */
    List<String> arguments() {
        List<String> args = new java.util.ArrayList<>(List.of("--eval", "--strict", "--json",
                folder().resolve("driver.nix").toString(),
                "--arg", "lib", "import " + modulesLib().resolve("lib"),
                "--arg", "case", dir.resolve(CASE_FILE).toString()));
        Path flags = dir.resolve("flags");
        if (Files.exists(flags)) {
            EvalCase.read(flags).lines().filter(l -> !l.isEmpty()).forEach(args::add);
        }
        return args;
    }

    /** The arguments with {@code --show-trace}, for the context check. */
    List<String> tracingArguments() {
        List<String> args = new java.util.ArrayList<>(arguments());
        args.add("--show-trace");
        return args;
    }

    /**
     * What a run produced, in the form of the expectation files: the JSON (with one final newline) when it
     * succeeded, else the error's message.
     */
    String outcome(int exitCode, String stdout, String stderr) {
        return exitCode == 0 ? virtualise(stdout).strip() + "\n" : errorMessage(virtualise(stderr));
    }

    /**
     * Paths under the corpus and modules-lib put under their virtual roots. Positions inside modules-lib lose
     * their line and column, which move whenever the library is edited (Nix 2.8 names a function by its
     * position in some messages).
     */
    private String virtualise(String output) {
        String virtual = output.replace(modulesLib().toString(), VIRTUAL_LIB)
                .replace(EvalCase.corpusRoot().toString(), EvalCase.VIRTUAL_ROOT);
        return LIB_POSITION.matcher(virtual).replaceAll("$1");
    }

    private static final Pattern LIB_POSITION = Pattern.compile("(" + VIRTUAL_LIB + "/[^\\s:']+):\\d+:\\d+");

    /** A position line ("at FILE:LINE:COLUMN:", or "at FILE:" once a library position is virtualised). */
    private static final Pattern POSITION = Pattern.compile("\n\n?       at [^\n]+:(?=\n|$)");
    private static final String INDENT = "       ";
    private static final String MESSAGE_AFTER_FRAMES = "\n" + INDENT + "error:";

    /**
     * The message of an error report, in either layout: Nix 2.8's ({@code error: MESSAGE}, then a blank line
     * and the position) or current Nix's and nixj's ({@code error:}, the trace frames, then {@code error:
     * MESSAGE} indented). Continuation lines lose the report's indentation, lines their trailing spaces.
     */
    static String errorMessage(String stderr) {
        StringBuilder kept = new StringBuilder();
        for (String line : stderr.split("\n", -1)) {
            if (!line.startsWith("trace: ") && !line.startsWith("warning: ") && !line.startsWith("evaluation warning: ")
                    && !line.startsWith("(use '--show-trace'")
                    && !line.startsWith("(stack trace truncated")) {
                kept.append(line).append('\n');
            }
        }
        String report = kept.toString();
        if (!report.startsWith("error:")) {
            return report;
        }
        // Current Nix's layout puts trace frames first and the message after an indented "error:".
        int framedMessage = report.indexOf(MESSAGE_AFTER_FRAMES);
        String message = framedMessage >= 0
                ? report.substring(framedMessage + MESSAGE_AFTER_FRAMES.length())
                : report.substring("error:".length());
        // A message that starts with a line break has no space after "error:".
        message = message.startsWith(" ") ? message.substring(1) : message;
        Matcher position = POSITION.matcher(message);
        if (position.find()) {
            message = message.substring(0, position.start());
        }
        StringBuilder out = new StringBuilder();
        for (String line : message.split("\n", -1)) {
            String unindented = line.startsWith(INDENT) ? line.substring(INDENT.length()) : line;
            out.append(unindented.replaceAll("[ \t]+$", "")).append('\n');
        }
        return out.toString().replaceAll("\n+$", "") + "\n";
    }
}
