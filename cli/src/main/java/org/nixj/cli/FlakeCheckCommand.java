package org.nixj.cli;

import java.util.concurrent.Callable;
import org.nixj.eval.value.NixAttrs;
import org.nixj.flake.FlakeCheck;
import org.nixj.flake.LockedFlake;
import org.nixj.flake.NixConfig;
import org.nixj.source.ErrorRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nixj flake check}: evaluates every output of a flake against the output schema, as
 * {@code nix flake check} does. nixj cannot build derivations yet, so the checks are evaluated and not built,
 * which is what {@code --no-build} asks for; without it, nixj says so rather than pretending they passed.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Check whether the flake evaluates (nixj cannot build its checks yet: they are evaluated, not built).")
final class FlakeCheckCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FLAKE", description = "The flake (default: the current directory).")
    String flake;

    @Option(names = "--no-build", description = "Do not build checks (nixj never builds them yet; this silences the notice that says so).")
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
    public Integer call() {
        FlakeSession session = FlakeSession.open(evalOptions, flakeOptions, console);
        LockedFlake locked = session.flakes().lock(session.ref(flake));
        NixConfig.apply(locked.nixConfig(), flakeOptions.acceptFlakeConfig, session::notice);
        NixAttrs self = (NixAttrs) session.flakes().evaluate(locked);
        String system = flakeOptions.system != null ? flakeOptions.system : session.evaluator().settings().currentSystem();
        FlakeCheck.Result result = FlakeCheck.run(session.evaluator(), self,
                new FlakeCheck.Options(allSystems, system, keepGoing), session::notice,
                error -> console.message(ErrorRenderer.render(error, evalOptions.showTrace())));
        if (!noBuild && !result.checksToBuild().isEmpty()) {
            int n = result.checksToBuild().size();
            session.notice("warning: nixj cannot build derivations yet: " + n + (n == 1 ? " check was" : " checks were")
                    + " evaluated but not built (as with --no-build): " + String.join(", ", result.checksToBuild()));
        }
        result.omittedSystemsWarning().ifPresent(session::notice);
        return 0;
    }
}
