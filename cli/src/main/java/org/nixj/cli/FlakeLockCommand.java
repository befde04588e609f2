package org.nixj.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code nixj flake lock}: locks the inputs the lock file lacks and writes it, as {@code nix flake lock}. */
@Command(
        name = "lock",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Create missing lock file entries.")
final class FlakeLockCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FLAKE", description = "The flake (default: the current directory).")
    String flake;

    @Mixin
    EvalOptions evalOptions = new EvalOptions();

    @Mixin
    FlakeOptions flakeOptions = new FlakeOptions();

    private final Console console;

    FlakeLockCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        var lockOptions = flakeOptions.lockOptions(FlakeSession.currentDirectory(), EvalOptions::bundledNixpkgs, console::warn)
                .withWriteLockFile(true);
        FlakeSession session = FlakeSession.open(evalOptions, false, console, lockOptions);
        session.flakes().lock(session.ref(flake));
        return 0;
    }
}
