package org.nixj.cli;

import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.nixj.eval.ByteStrings;
import org.nixj.flake.FlakeMetadata;
import org.nixj.flake.LockedFlake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nixj flake metadata}: the flake's references, source, time and input tree, as {@code nix flake metadata}. */
@Command(
        name = "metadata",
        aliases = "info",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Show flake metadata.")
final class FlakeMetadataCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FLAKE", description = "The flake (default: the current directory).")
    String flake;

    @Option(names = "--json", description = "Print the metadata as JSON.")
    boolean json;

    @Mixin
    EvalOptions evalOptions = new EvalOptions();

    @Mixin
    FlakeOptions flakeOptions = new FlakeOptions();

    private final Console console;

    FlakeMetadataCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        FlakeSession session = FlakeSession.open(evalOptions, flakeOptions, console);
        LockedFlake locked = session.flakes().lock(session.ref(flake));
        if (json) {
            ByteStrings.writeLine(console.out(), ByteStrings.fromText(FlakeMetadata.json(locked)));
        } else {
            boolean terminal = System.console() != null && console.out() == System.out;
            for (String line : FlakeMetadata.text(locked, terminal, ZoneId.systemDefault())) {
                ByteStrings.writeLine(console.out(), ByteStrings.fromText(line));
            }
        }
        return 0;
    }
}
