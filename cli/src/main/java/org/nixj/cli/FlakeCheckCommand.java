package org.nixj.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.nixj.build.BuildException;
import org.nixj.build.BuildGoal;
import org.nixj.build.BuildOptions;
import org.nixj.build.PlanSummary;
import org.nixj.build.Realiser;
import org.nixj.eval.Evaluator;
import org.nixj.eval.value.NixAttrs;
import org.nixj.flake.FlakeCheck;
import org.nixj.flake.LockedFlake;
import org.nixj.flake.NixConfig;
import org.nixj.source.ErrorRenderer;
import org.nixj.store.Store;
import org.nixj.store.StorePath;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nixj flake check}: evaluates every output of a flake against the output schema, then builds this
 * system's {@code checks} (all their outputs), as {@code nix flake check} does; {@code --no-build} leaves the
 * building out. Checks are built by nixj's in-process builders, so one whose builder nixj lacks (a shell
 * script, say) fails naming it.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Check whether the flake evaluates, and build its checks.")
final class FlakeCheckCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FLAKE", description = "The flake (default: the current directory).")
    String flake;

    @Option(names = "--no-build", description = "Do not build the checks.")
    boolean noBuild;

    @Option(names = "--all-systems", description = "Check the outputs for all systems.")
    boolean allSystems;

    @Option(names = {"-k", "--keep-going"}, description = "Report every error, not only the first.")
    boolean keepGoing;

    @Mixin
    EvalOptions evalOptions = new EvalOptions();

    @Mixin
    FlakeOptions flakeOptions = new FlakeOptions();

    private final Console console;

    FlakeCheckCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        FlakeSession session = FlakeSession.open(evalOptions, flakeOptions, console);
        LockedFlake locked = session.flakes().lock(session.ref(flake));
        NixConfig.apply(locked.nixConfig(), flakeOptions.acceptFlakeConfig, session::notice);
        NixAttrs self = (NixAttrs) session.flakes().evaluate(locked);
        String system = flakeOptions.system != null ? flakeOptions.system : session.evaluator().settings().currentSystem();
        FlakeCheck.Result result = FlakeCheck.run(session.evaluator(), self,
                new FlakeCheck.Options(allSystems, system, keepGoing), session::notice,
                error -> console.message(ErrorRenderer.render(error, evalOptions.showTrace())));
        result.omittedSystemsWarning().ifPresent(session::notice);
        return noBuild || result.checksToBuild().isEmpty() ? 0 : build(session.evaluator(), result.checksToBuild());
    }

    /** Builds every output of the checks; returns the exit status. */
    private int build(Evaluator evaluator, List<FlakeCheck.CheckToBuild> checks) throws IOException {
        Store store = evaluator.store();
        BuildProgress progress = new BuildProgress(console, store.directory(), false, Realisations.onTerminal(console));
        Realiser realiser = new Realiser(store, BuildSetup.builders(), new BuildOptions(BuildOptions.defaults().jobs(), keepGoing),
                progress);
        try {
            List<BuildGoal> goals = new ArrayList<>();
            for (FlakeCheck.CheckToBuild check : checks) {
                evaluator.writeStoreObject(check.drvPath());
                StorePath drvPath = store.directory().parse(check.drvPath());
                goals.add(new BuildGoal(drvPath, new TreeSet<>(realiser.derivation(drvPath).outputs().keySet())));
            }
            progress.expect(PlanSummary.of(realiser, store.directory(), realiser.plan(goals)), path -> Realisations.sizeOf(store, path));
            try {
                Realisations.realiseInterruptibly(realiser, goals);
            } finally {
                progress.finish();
            }
            return 0;
        } catch (BuildException e) {
            return Realisations.reportFailure(console, e);
        }
    }
}
