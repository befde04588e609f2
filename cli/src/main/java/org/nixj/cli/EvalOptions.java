package org.nixj.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nixj.eval.ByteStrings;
import org.nixj.eval.EvalIO;
import org.nixj.eval.EvalSettings;
import org.nixj.eval.Evaluator;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixString;
import org.nixj.flake.FlakeRefBuiltins;
import org.nixj.flake.GetFlakeBuiltin;
import org.nixj.os.FileNames;
import org.nixj.os.ProcessText;
import org.nixj.parser.SourceParser;
import org.nixj.source.Source;
import picocli.CommandLine.Option;

/**
 * Options every evaluating command shares: arguments for the top-level function, the search path, traces.
 * Public so that commands in other packages ({@code nixj repl}) can mix them in.
 */
public final class EvalOptions {
    @Option(names = "--arg", arity = "2", paramLabel = "NAME EXPR", description = "Pass the value of EXPR as argument NAME to the top-level function.")
    List<String> args = new ArrayList<>();

    @Option(names = "--argstr", arity = "2", paramLabel = "NAME STRING", description = "Pass STRING as argument NAME to the top-level function.")
    List<String> argstrs = new ArrayList<>();

    @Option(names = {"-I", "--include"}, paramLabel = "PATH", description = "Add PATH (or prefix=PATH) to the search path used for <name>.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--show-trace", description = "Show the full trace of an evaluation error.")
    boolean showTrace;

    @Option(names = "--extra-experimental-features", paramLabel = "FEATURES",
            description = "Accepted for compatibility: the features nixj implements (such as pipe-operators) are always on.")
    List<String> experimentalFeatures = new ArrayList<>();

    @Option(names = "--store", paramLabel = "DIR",
            description = "Keep the store's objects (logically under /nix/store) in DIR instead of $XDG_DATA_HOME/nixj/store.")
    java.nio.file.Path store;

    /** Options as the command line gives them (picocli fills in the fields). */
    public EvalOptions() {}

    /** Whether {@code --show-trace} was given. */
    public boolean showTrace() {
        return showTrace;
    }

    /** An evaluator for this command line, on this machine, with its notices on {@code console}. */
    public Evaluator evaluator(boolean pure, Console console) {
        return evaluator(pure, showTrace, console);
    }

    /**
     * As {@link #evaluator(boolean, Console)}, with the call frames of error traces collected when
     * {@code traces} (the REPL collects them always, since its {@code :te} shows them on demand).
     */
    public Evaluator evaluator(boolean pure, boolean traces, Console console) {
        return Evaluator.builder()
                .settings(settings(pure, traces, console))
                .io(EvalIO.system(store, line -> console.message(line + "\n")))
                .builtins(new FlakeRefBuiltins(), new GetFlakeBuiltin(EvalOptions::bundledNixpkgs))
                .build();
    }

    /** Settings for this command line; {@code -I} entries come before those of {@code NIX_PATH}. */
    private EvalSettings settings(boolean pure, boolean traces, Console console) {
        List<EvalSettings.SearchPathEntry> searchPath = new ArrayList<>();
        // Pure evaluation has no search path at all, as in Nix: -I is ignored and <x> lookups fail.
        if (!pure) {
            // Entries are byte strings: the bytes the user gave, not the chars Java decoded them to.
            includes.forEach(i -> searchPath.add(absolute(EvalSettings.SearchPathEntry.parse(ByteStrings.fromText(i)))));
        }
        String nixPath = ProcessText.environment().get("NIX_PATH");
        if (nixPath != null && !pure) {
            for (String entry : nixPath.split(":")) {
                if (!entry.isEmpty()) {
                    searchPath.add(absolute(EvalSettings.SearchPathEntry.parse(ByteStrings.fromText(entry))));
                }
            }
        }
        return EvalSettings.builder()
                .pure(pure)
                .showTrace(traces)
                .searchPath(searchPath)
                .storeDir(storeDir())
                .bundledNixpkgs(pure ? null : () -> bundledNixpkgs(console))
                .build();
    }

    /**
     * A relative path in a search-path entry is relative to the working directory, as in Nix; URLs and
     * {@code channel:}/{@code flake:} references stay as they are.
     */
    private static EvalSettings.SearchPathEntry absolute(EvalSettings.SearchPathEntry entry) {
        String path = entry.path();
        if (path.isEmpty() || path.startsWith("/") || path.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return entry;
        }
        return new EvalSettings.SearchPathEntry(entry.prefix(),
                ByteStrings.of(FileNames.bytes(
                Path.of("").toAbsolutePath().resolve(FileNames.of(ByteStrings.bytes(path))).normalize())));
    }

    /** The bundled nixpkgs' folder, when a {@code <nixpkgs>} lookup finds no other; says so once. */
    private static Path bundledNixpkgs(Console console) {
        console.err().println("nixj: <nixpkgs> is not on the search path; using nixj's bundled nixpkgs-compatible library");
        return bundledNixpkgs();
    }

    /** The bundled nixpkgs' folder, unpacked on first use. */
    public static Path bundledNixpkgs() {
        try {
            return BundledNixpkgs.folder(BundledNixpkgs.defaultCacheDirectory(System.getenv(),
                    SourceParser.defaultHomeDirectory()));
        } catch (UncheckedIOException e) {
            throw new EvalError(ErrorKind.IO, e.getMessage() + ": " + e.getCause().getMessage());
        }
    }

    /** The logical store directory: {@code NIX_STORE_DIR}, as Nix reads it, or {@code /nix/store}. */
    private static String storeDir() {
        String dir = System.getenv("NIX_STORE_DIR");
        return dir == null || dir.isEmpty() ? "/nix/store" : dir;
    }

    /** The {@code --arg} and {@code --argstr} values, the former evaluated lazily when used. */
    public NixAttrs autoArgs(Evaluator evaluator) {
        NixAttrs.Builder b = NixAttrs.builder(args.size() / 2 + argstrs.size() / 2);
        for (int i = 0; i + 1 < args.size(); i += 2) {
            Source source = Inputs.expression(args.get(i + 1));
            b.put(args.get(i).intern(), evaluator.evaluateLazily(source));
        }
        for (int i = 0; i + 1 < argstrs.size(); i += 2) {
            b.put(argstrs.get(i).intern(), NixString.of(ByteStrings.fromText(argstrs.get(i + 1))));
        }
        return b.build();
    }
}
