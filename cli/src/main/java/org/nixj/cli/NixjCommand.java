package org.nixj.cli;

import java.util.List;
import org.nixj.cli.image.ImageCommand;
import org.nixj.cli.repl.ReplCommand;
import picocli.CommandLine.Command;

/** {@code nixj}: the root command; it only groups the subcommands. */
@Command(
        name = "nixj",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Evaluate Nix code and build NixOS images on the JVM, without a Nix installation.")
final class NixjCommand implements Runnable {
    /**
     * The subcommands, in the order help lists them. They are added by {@link Main}, not through the
     * annotation, so that a run of one command need not build the model of all the others.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(EvalCommand.class, BuildCommand.class, FlakeCommand.class,
            InstantiateCommand.class, StoreCommand.class, RegistryCommand.class, ImageCommand.class,
            ParseCommand.class, ReplCommand.class, CompletionCommand.class);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
