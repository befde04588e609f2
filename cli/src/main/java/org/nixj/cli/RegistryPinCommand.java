package org.nixj.cli;

import java.util.concurrent.Callable;
import org.nixj.flake.FlakeRef;
import org.nixj.flake.FlakeRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code nixj registry pin URL [LOCKED]}: records in the user registry the exact revision an indirect reference
 * (or {@code LOCKED}) denotes now, as {@code nix registry pin}.
 */
@Command(
        name = "pin",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Pin a flake to its current version or to the current version of a flake URL.")
final class RegistryPinCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "URL", description = "The indirect reference to pin.")
    String url;

    @Parameters(index = "1", arity = "0..1", paramLabel = "LOCKED", description = "The flake to pin it to (default: what URL denotes now).")
    String locked;

    @Mixin
    EvalOptions evalOptions = new EvalOptions();

    @Mixin
    FlakeOptions flakeOptions = new FlakeOptions();

    private final Console console;

    RegistryPinCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        FlakeSession session = FlakeSession.open(evalOptions, false, console,
                flakeOptions.lockOptions(FlakeSession.currentDirectory(), EvalOptions::bundledNixpkgs, console::warn));
        FlakeRef ref = session.ref(url);
        FlakeRef target = session.flakes().lockReference(session.ref(locked != null ? locked : url));
        if (!target.isLocked()) {
            console.warn("warning: flake '" + target + "' is not locked");
        }
        FlakeRef withDir = ref.subdir().isEmpty() ? target : new FlakeRef(target.input(), ref.subdir());
        RegistryCommand.userRegistry().with(new FlakeRegistry.Entry(new FlakeRef(ref.input(), ""), withDir, false))
                .writeTo(RegistryCommand.userRegistryFile());
        return 0;
    }
}
