package org.nixj.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import org.nixj.build.BuildException;
import org.nixj.build.BuildGoal;
import org.nixj.build.BuildOptions;
import org.nixj.build.Plan;
import org.nixj.build.PlanSummary;
import org.nixj.build.Realiser;
import org.nixj.eval.ByteStrings;
import org.nixj.eval.Evaluator;
import org.nixj.store.Store;
import org.nixj.store.StorePath;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nixj build}: the {@code nix build} command. Evaluates each installable to a derivation, builds what is
 * missing with nixj's in-process builders, and leaves {@code result} links to the outputs.
 */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Build derivations and leave 'result' links to their outputs, like 'nix build'.",
                "nixj runs only its own builtin: builders (builtin:fetchurl and the builders of its bundled library);"
                        + " a derivation with any other builder is refused, naming it."})
final class BuildCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "INSTALLABLE",
            description = "Flake outputs such as '.#attr' (default: '.', the flake's default package); with --expr or --file, attribute paths to build (default: the value itself).")
    List<String> installables = new ArrayList<>();

    @Option(names = {"-o", "--out-link"}, paramLabel = "PATH", description = "Name the result links PATH, PATH-1, ... instead of 'result'.")
    Path outLink = Path.of("result");

    @Option(names = "--no-link", description = "Do not create result links.")
    boolean noLink;

    @Option(names = "--print-out-paths", description = "Print the output paths, one per line.")
    boolean printOutPaths;

    @Option(names = "--dry-run", description = "Show what would be built, without building it.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the derivations and their outputs as JSON.")
    boolean json;

    @Option(names = {"-k", "--keep-going"}, description = "Go on building what does not depend on a failed build.")
    boolean keepGoing;

    @Option(names = {"-j", "--max-jobs"}, paramLabel = "N", description = "Run at most N builds at once (default: the number of cores).")
    Integer maxJobs;

    @Option(names = {"-L", "--print-build-logs"}, description = "Print the builders' log lines as they come.")
    boolean printBuildLogs;

    @Mixin
    InstallableOptions options = new InstallableOptions();

    private final Console console;

    BuildCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        Evaluator evaluator = options.evalOptions().evaluator(options.pure(), console);
        InstallableValues values = new InstallableValues(evaluator, options, console);
        // As nix build: no installable means the code's own value, or the flake in the working directory ('.').
        List<String> names = !installables.isEmpty() ? installables : options.code() != null ? List.of("") : List.of(".");
        List<DerivationTarget> targets = new ArrayList<>();
        for (String name : names) {
            targets.add(DerivationTarget.of(evaluator, name, values.evaluate(name.isEmpty() ? null : name)));
        }
        Store store = evaluator.store();
        BuildOptions options = new BuildOptions(maxJobs != null ? Math.max(1, maxJobs) : BuildOptions.defaults().jobs(), keepGoing);
        List<BuildGoal> goals = targets.stream().map(t -> new BuildGoal(t.drvPath(), t.outputs())).toList();
        BuildProgress progress = new BuildProgress(console, store.directory(), printBuildLogs, Realisations.onTerminal(console));
        Realiser realiser = new Realiser(store, BuildSetup.builders(), options, progress);
        try {
            Plan plan = realiser.plan(goals);
            PlanSummary summary = PlanSummary.of(realiser, store.directory(), plan);
            progress.expect(summary, path -> Realisations.sizeOf(store, path));
            if (dryRun) {
                reportPlan(store, summary);
                if (json) {
                    printJson(store, targets, goals, realiser, null);
                }
                return 0;
            }
            Map<BuildGoal, SortedMap<String, StorePath>> built;
            try {
                built = Realisations.realiseInterruptibly(realiser, goals);
            } finally {
                progress.finish();
            }
            if (!noLink) {
                link(store, goals, built);
            }
            if (json) {
                printJson(store, targets, goals, realiser, built);
            }
            if (printOutPaths) {
                for (BuildGoal goal : goals) {
                    for (StorePath path : built.get(goal).values()) {
                        ByteStrings.writeLine(console.out(), store.directory().print(path));
                    }
                }
            }
            return 0;
        } catch (BuildException e) {
            return Realisations.reportFailure(console, e);
        }
    }

    /**
     * What {@code --dry-run} prints on standard error, in Nix's words: the derivations to build, then the files to
     * download (nixj's downloads are {@code builtin:fetchurl} builds; Nix would list substitutes there).
     */
    private void reportPlan(Store store, PlanSummary summary) {
        StringBuilder text = new StringBuilder();
        listPaths(text, store, summary.builds(), "this derivation will be built:", "derivations will be built:");
        String size = summary.downloadBytes().isPresent()
                ? " (" + BuildProgress.mebibytes(summary.downloadBytes().getAsLong()) + " MiB download)"
                : "";
        listPaths(text, store, summary.downloadPaths(), "this path will be fetched" + size + ":", "paths will be fetched" + size + ":");
        ByteStrings.write(console.err(), ByteStrings.fromText(text.toString()));
    }

    private static void listPaths(StringBuilder text, Store store, List<StorePath> paths, String one, String many) {
        if (paths.isEmpty()) {
            return;
        }
        text.append(paths.size() == 1 ? one : "these " + paths.size() + " " + many).append('\n');
        paths.forEach(path -> text.append("  ").append(store.directory().print(path)).append('\n'));
    }

    private void link(Store store, List<BuildGoal> goals, Map<BuildGoal, SortedMap<String, StorePath>> built) throws IOException {
        for (int i = 0; i < goals.size(); i++) {
            for (Map.Entry<String, StorePath> output : built.get(goals.get(i)).entrySet()) {
                ResultLinks.create(ResultLinks.name(outLink, i, output.getKey()), store.physical(output.getValue()));
            }
        }
    }

    /** Nix's {@code --json}: for each installable its {@code drvPath} and output paths. */
    private void printJson(Store store, List<DerivationTarget> targets, List<BuildGoal> goals, Realiser realiser,
                           Map<BuildGoal, SortedMap<String, StorePath>> built) throws BuildException {
        JsonArray array = new JsonArray();
        for (int i = 0; i < targets.size(); i++) {
            JsonObject entry = new JsonObject();
            entry.addProperty("drvPath", store.directory().print(targets.get(i).drvPath()));
            JsonObject outputs = new JsonObject();
            SortedMap<String, StorePath> paths = built != null ? built.get(goals.get(i)) : realiser.outputPaths(targets.get(i).drvPath());
            for (String output : targets.get(i).outputs()) {
                outputs.addProperty(output, store.directory().print(paths.get(output)));
            }
            entry.add("outputs", outputs);
            array.add(entry);
        }
        ByteStrings.writeLine(console.out(), ByteStrings.fromText(array.toString()));
    }
}
