package org.nixj.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import org.nixj.eval.ByteStrings;
import org.nixj.store.Nar;
import org.nixj.store.PathInfo;
import org.nixj.store.Store;
import org.nixj.store.StorePath;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;
import org.nixj.store.hash.HashFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nixj store verify}: checks that store objects are what the store recorded (their NAR hash) and that
 * the paths they refer to are valid, as {@code nix store verify} does; exit status 1 when one is not.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Check that store paths have the contents the store recorded for them.")
final class StoreVerifyCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Store paths (/nix/store/...) to check.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--all", description = "Check every valid path of the store.")
    boolean all;

    @Mixin
    EvalOptions evalOptions = new EvalOptions();

    private final Console console;

    StoreVerifyCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        Store store = evalOptions.evaluator(true, console).store();
        if (all == !paths.isEmpty()) {
            throw new UsageException("give store paths to check, or --all");
        }
        Collection<StorePath> toCheck = new ArrayList<>();
        if (all) {
            toCheck = store.validPaths();
        } else {
            for (String path : paths) {
                toCheck.add(store.directory().storePathOf(path));
            }
        }
        int bad = 0;
        for (StorePath path : toCheck) {
            String printed = store.directory().print(path);
            PathInfo info = store.info(path).orElse(null);
            if (info == null) {
                report("path '" + printed + "' is not valid");
                bad++;
                continue;
            }
            Hash got = Nar.hash(store.physical(path), HashAlgorithm.SHA256).hash();
            if (!got.equals(info.narHash())) {
                report("path '" + printed + "' was modified! expected hash '" + info.narHash().format(HashFormat.SRI, true)
                        + "', got '" + got.format(HashFormat.SRI, true) + "'");
                bad++;
            }
            for (StorePath reference : info.references()) {
                if (!store.isValid(reference)) {
                    report("path '" + printed + "' refers to '" + store.directory().print(reference) + "', which is not valid");
                    bad++;
                }
            }
        }
        return bad == 0 ? 0 : ErrorReporter.NIX_ERROR;
    }

    private void report(String error) {
        ByteStrings.write(console.err(), ByteStrings.fromText("error: " + error + "\n"));
    }
}
