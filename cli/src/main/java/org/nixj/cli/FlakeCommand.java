package org.nixj.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code nixj flake}: groups the commands on flakes, as {@code nix flake} does. */
@Command(
        name = "flake",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Lock flakes and show their metadata, like 'nix flake'.",
        subcommands = {FlakeLockCommand.class, FlakeUpdateCommand.class, FlakeMetadataCommand.class, FlakeShowCommand.class, FlakeCheckCommand.class})
final class FlakeCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
