package org.nixj.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nixj.flake.FlakeRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nixj registry list}: every entry of the user, system and global registries, as {@code nix registry list}. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "List available flakes.")
final class RegistryListCommand implements Callable<Integer> {
    @Option(names = "--flake-registry", paramLabel = "FILE", description = "The global flake registry, a registry.json file (default: none).")
    Path flakeRegistry;

    private final Console console;

    RegistryListCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Map<String, Path> registries = new LinkedHashMap<>();
        registries.put("user  ", RegistryCommand.userRegistryFile());
        registries.put("system", Path.of("/etc/nix/registry.json"));
        if (flakeRegistry != null) {
            registries.put("global", flakeRegistry.toAbsolutePath());
        }
        registries.forEach((type, file) -> {
            for (FlakeRegistry.Entry entry : FlakeRegistry.read(file).entries()) {
                console.out().println(type + " " + entry.from() + " " + entry.to());
            }
        });
        console.out().flush();
        return 0;
    }
}
