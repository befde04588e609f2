package org.nixj.cli;

import java.nio.file.Path;
import org.nixj.flake.FlakeRegistry;
import org.nixj.parser.SourceParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code nixj registry}: lists and edits the flake registries, as {@code nix registry} does. */
@Command(
        name = "registry",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Manage the flake registries, like 'nix registry'.",
        subcommands = {RegistryListCommand.class, RegistryAddCommand.class, RegistryRemoveCommand.class,
                RegistryPinCommand.class})
final class RegistryCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The user registry's file, which add, remove and pin edit. */
    static Path userRegistryFile() {
        return FlakeRegistry.userRegistryFile(System.getenv(), SourceParser.defaultHomeDirectory());
    }

    /** The user registry, which must be readable to be edited. */
    static FlakeRegistry userRegistry() {
        return FlakeRegistry.read(userRegistryFile());
    }
}
