package org.nixj.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.Optional;
import org.nixj.flake.FlakeRef;
import org.nixj.flake.FlakeRegistry;
import org.nixj.parser.SourceParser;
import org.nixj.flake.LockOptions;
import picocli.CommandLine.Option;

/**
 * The lock-file flags of {@code nix}'s flake commands, shared by the commands that load flakes. Public so
 * that commands in other packages ({@code nixj repl}) can mix them in.
 */
public final class FlakeOptions {
    @Option(names = "--no-write-lock-file", description = "Do not write the flake's lock file, even when it changed.")
    boolean noWriteLockFile;

    @Option(names = "--no-update-lock-file", description = "Fail if the lock file would have to change.")
    boolean noUpdateLockFile;

    @Option(names = "--recreate-lock-file", description = "Lock every input anew, ignoring the lock file.")
    boolean recreateLockFile;

    @Option(names = "--override-input", arity = "2", paramLabel = "INPUT REF", hideParamSyntax = true,
            description = "Use flake reference REF for the input INPUT (a path of names, such as 'nixpkgs' or 'a/b').")
    List<String> overrideInput = new ArrayList<>();

    @Option(names = "--override-flake", arity = "2", paramLabel = "ORIGINAL RESOLVED", hideParamSyntax = true,
            description = "Resolve the indirect flake reference ORIGINAL (such as 'nixpkgs') to RESOLVED, before any registry is consulted.")
    List<String> overrideFlake = new ArrayList<>();

    @Option(names = "--system", paramLabel = "SYSTEM",
            description = "The system whose packages installables are looked up for (default: this machine's, e.g. x86_64-linux).")
    String system;

    @Option(names = "--accept-flake-config", description = "Trust every nixConfig setting of the flake (they concern Nix's substituters and builders, so none changes what nixj does).")
    boolean acceptFlakeConfig;

    @Option(names = "--flake-registry", paramLabel = "FILE",
            description = "The global flake registry, a registry.json file (nixj never downloads one; default: none).")
    String flakeRegistry;

    /**
     * The registries indirect references are looked up in: the entries of --override-flake (Nix's flag
     * registry), then the user's, the system's and --flake-registry's.
     */
    FlakeRegistry registry(Path workingDirectory, Consumer<String> warnings) {
        FlakeRegistry flags = FlakeRegistry.empty();
        for (int i = 0; i + 1 < overrideFlake.size(); i += 2) {
            flags = flags.with(new FlakeRegistry.Entry(FlakeRef.parse(overrideFlake.get(i), workingDirectory),
                    FlakeRef.parse(overrideFlake.get(i + 1), workingDirectory), false));
        }
        Optional<Path> global = Optional.ofNullable(flakeRegistry).map(file -> {
            if (file.matches("[a-z]+://.*") && !file.startsWith("file://")) {
                throw new UsageException("nixj does not download flake registries: give --flake-registry a file ('" + file + "')");
            }
            return workingDirectory.resolve(file.startsWith("file://") ? file.substring("file://".length()) : file);
        });
        return flags.then(FlakeRegistry.standard(System.getenv(), SourceParser.defaultHomeDirectory(), global, warnings));
    }

    /** Options as the command line gives them (picocli fills in the fields). */
    public FlakeOptions() {}

    /** The {@code --system} given, or {@code null}. */
    public String system() {
        return system;
    }

    /** The lock options these flags give; relative override references are relative to {@code workingDirectory}. */
    public LockOptions lockOptions(Path workingDirectory, Supplier<Path> bundledNixpkgs, Consumer<String> warnings) {
        Map<List<String>, FlakeRef> overrides = new LinkedHashMap<>();
        for (int i = 0; i + 1 < overrideInput.size(); i += 2) {
            overrides.put(List.of(overrideInput.get(i).split("/")), FlakeRef.parse(overrideInput.get(i + 1), workingDirectory));
        }
        return LockOptions.defaults()
                // as in Nix, overriding an input implies not writing the lock file
                .withWriteLockFile(!noWriteLockFile && overrides.isEmpty())
                .withUpdateLockFile(!noUpdateLockFile)
                .withRecreateLockFile(recreateLockFile)
                .withOverrides(overrides)
                .withBundledNixpkgs(bundledNixpkgs)
                .withRegistry(registry(workingDirectory, warnings))
                .withAcceptFlakeConfig(acceptFlakeConfig);
    }
}
