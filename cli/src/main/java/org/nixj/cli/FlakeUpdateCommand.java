package org.nixj.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nixj flake update [INPUT...]}: locks the given inputs anew, or all of them, and writes the lock file,
 * as {@code nix flake update}.
 */
@Command(
        name = "update",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Update the flake's lock file: the given inputs, or all of them.")
final class FlakeUpdateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", description = "Inputs to update (paths such as 'nixpkgs' or 'a/b'); none means all.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--flake", paramLabel = "FLAKE", description = "The flake to operate on (default: the current directory).")
    String flake;

    @Mixin
    EvalOptions evalOptions = new EvalOptions();

    @Mixin
    FlakeOptions flakeOptions = new FlakeOptions();

    private final Console console;

    FlakeUpdateCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Set<List<String>> updates = new HashSet<>();
        inputs.forEach(input -> updates.add(List.of(input.split("/"))));
        var lockOptions = flakeOptions.lockOptions(FlakeSession.currentDirectory(), EvalOptions::bundledNixpkgs, console::warn)
                .withWriteLockFile(true)
                .withRecreateLockFile(updates.isEmpty())
                .withUpdates(updates);
        FlakeSession session = FlakeSession.open(evalOptions, false, console, lockOptions);
        session.flakes().lock(session.ref(flake));
        return 0;
    }
}
