package org.nixj.cli;

import picocli.CommandLine.Command;

/** {@code nixj}: the root command; it only groups the subcommands. */
@Command(
        name = "nixj",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Evaluate Nix code and build NixOS images on the JVM, without a Nix installation.",
        subcommands = {ParseCommand.class, InstantiateCommand.class, CompletionCommand.class, org.nixj.cli.image.ImageCommand.class})
final class NixjCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
