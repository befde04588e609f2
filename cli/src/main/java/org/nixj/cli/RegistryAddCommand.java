package org.nixj.cli;

import java.util.concurrent.Callable;
import org.nixj.flake.FlakeRef;
import org.nixj.flake.FlakeRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code nixj registry add FROM TO}: maps an indirect reference in the user registry, as {@code nix registry add}. */
@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Add/replace flake in user flake registry.")
final class RegistryAddCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FROM", description = "The indirect reference to map, such as 'nixpkgs' or 'flake:foo'.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "The flake reference it stands for.")
    String to;

    @Override
    public Integer call() {
        FlakeRef fromRef = FlakeRef.parse(from, FlakeSession.currentDirectory());
        if (!fromRef.isIndirect()) {
            throw new UsageException("'" + from + "' is not an indirect flake reference");
        }
        FlakeRef toRef = FlakeRef.parse(to, FlakeSession.currentDirectory());
        RegistryCommand.userRegistry().with(new FlakeRegistry.Entry(fromRef, toRef, false))
                .writeTo(RegistryCommand.userRegistryFile());
        return 0;
    }
}
