package org.nixj.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code nixj store}: commands on nixj's store, as {@code nix store} has them. */
@Command(
        name = "store",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Add files to nixj's store and verify it, like 'nix store'.",
        subcommands = {StoreAddCommand.class, StoreVerifyCommand.class})
final class StoreCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
