package org.nixj.cli;

import java.util.concurrent.Callable;
import org.nixj.flake.FlakeRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code nixj registry remove REF}: drops an entry of the user registry, as {@code nix registry remove}. */
@Command(
        name = "remove",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Remove flake from user flake registry.")
final class RegistryRemoveCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "URL", description = "The indirect reference whose entry goes.")
    String url;

    @Override
    public Integer call() {
        FlakeRef ref = FlakeRef.parse(url, FlakeSession.currentDirectory());
        RegistryCommand.userRegistry().without(ref).writeTo(RegistryCommand.userRegistryFile());
        return 0;
    }
}
