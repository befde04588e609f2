package org.nixj.cli;

import java.util.concurrent.Callable;
import org.nixj.eval.ByteStrings;
import org.nixj.eval.value.NixAttrs;
import org.nixj.flake.FlakeShow;
import org.nixj.flake.LockedFlake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nixj flake show}: the outputs a flake provides, as a tree or JSON, as {@code nix flake show}. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Show the outputs provided by a flake.")
final class FlakeShowCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FLAKE", description = "The flake (default: the current directory).")
    String flake;

    @Option(names = "--json", description = "Print the outputs as JSON.")
    boolean json;

    @Option(names = "--all-systems", description = "Show the contents of outputs for all systems.")
    boolean allSystems;

    @Option(names = "--legacy", description = "Show the contents of the 'legacyPackages' output.")
    boolean legacy;

    @Mixin
    EvalOptions evalOptions = new EvalOptions();

    @Mixin
    FlakeOptions flakeOptions = new FlakeOptions();

    private final Console console;

    FlakeShowCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        FlakeSession session = FlakeSession.open(evalOptions, flakeOptions, console);
        LockedFlake locked = session.flakes().lock(session.ref(flake));
        NixAttrs self = (NixAttrs) session.flakes().evaluate(locked);
        String system = flakeOptions.system != null ? flakeOptions.system : session.evaluator().settings().currentSystem();
        boolean terminal = System.console() != null && console.out() == System.out;
        var options = new FlakeShow.Options(allSystems, legacy, system, terminal);
        if (json) {
            String document = FlakeShow.json(session.evaluator(), self.get("outputs"), options, session::notice);
            ByteStrings.writeLine(console.out(), ByteStrings.fromText(document));
        } else {
            FlakeShow.text(session.evaluator(), self.get("outputs"), locked.lockedRef().toString(), options,
                    line -> ByteStrings.writeLine(console.out(), ByteStrings.fromText(line)), session::notice);
        }
        return 0;
    }
}
