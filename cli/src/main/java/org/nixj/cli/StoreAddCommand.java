package org.nixj.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nixj.eval.ByteStrings;
import org.nixj.store.FileIngestionMethod;
import org.nixj.store.PathFilter;
import org.nixj.store.Store;
import org.nixj.store.StorePath;
import org.nixj.store.hash.HashAlgorithm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nixj store add-file} and {@code nixj store add-path} ({@code add}): copy a file or tree into nixj's
 * store, content-addressed as {@code nix store add-file}/{@code add-path} do, and print its store path.
 */
@Command(
        name = "add",
        aliases = {"add-path", "add-file"},
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Add a file or folder to nixj's store and print its store path.",
                "As 'add-file' the file itself is hashed (flat); as 'add' or 'add-path', its NAR (--mode flat|nar)."})
final class StoreAddCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", description = "The file or folder to add.")
    Path path;

    @Option(names = {"-n", "--name"}, paramLabel = "NAME", description = "The name of the store path (default: the file's name).")
    String name;

    @Option(names = "--mode", paramLabel = "MODE", description = "How to hash it: 'flat' (a file's bytes) or 'nar' (the tree).")
    String mode;

    @Mixin
    EvalOptions evalOptions = new EvalOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Console console;

    StoreAddCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new UsageException("path '" + path + "' does not exist");
        }
        boolean flat = mode != null ? mode.equals("flat") : spec.commandLine().getParseResult().originalArgs().contains("add-file");
        if (mode != null && !mode.equals("flat") && !mode.equals("nar")) {
            throw new UsageException("unknown --mode '" + mode + "': use 'flat' or 'nar'");
        }
        Store store = evalOptions.evaluator(true, console).store();
        String storeName = name != null ? name : path.toAbsolutePath().normalize().getFileName().toString();
        StorePath.checkName(storeName);
        Store.Added added = store.computePath(storeName, path, PathFilter.ALL,
                flat ? FileIngestionMethod.FLAT : FileIngestionMethod.NIX_ARCHIVE, HashAlgorithm.SHA256);
        ByteStrings.writeLine(console.out(), ByteStrings.fromText(store.directory().print(store.add(path, added))));
        return 0;
    }
}
