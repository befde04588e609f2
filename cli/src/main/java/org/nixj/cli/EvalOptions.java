package org.nixj.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    @Option(names = "--arg", arity = "2", paramLabel = "NAME EXPR", hideParamSyntax = true, description = "Pass the value of EXPR as argument NAME to the top-level function.")
    List<String> args = new ArrayList<>();

    @Option(names = "--argstr", arity = "2", paramLabel = "NAME STRING", hideParamSyntax = true, description = "Pass STRING as argument NAME to the top-level function.")
    List<String> argstrs = new ArrayList<>();

    @Option(names = {"-I", "--include"}, paramLabel = "PATH", description = "Add PATH (or prefix=PATH) to the search path used for <name>.")
    List<String> includes = new ArrayList<>();

    /**
     * The settings the command line gives, {@code NAME} and {@code VALUE} in the order given: Nix applies them
     * in that order, so that {@code --experimental-features} after {@code --extra-experimental-features}
     * replaces the list.
     */
    private final List<Assignment> assignments = new ArrayList<>();

    /** One setting given on the command line; {@code option} when by {@code --option}, whose bad values only warn. */
    private record Assignment(String name, String value, boolean option) {}

    @Option(names = "--show-trace", negatable = true, description = "Show the full trace of an evaluation error (--no-show-trace: do not).")
    void showTrace(boolean on) {
        assignments.add(new Assignment("show-trace", String.valueOf(on), false));
    }

    @Option(names = "--option", arity = "2", paramLabel = "NAME VALUE", hideParamSyntax = true,
            description = "Set the Nix setting NAME to VALUE (abort-on-warn, max-call-depth, pure-eval, restrict-eval,"
                    + " allowed-uris, experimental-features, lint-*...; settings about builds are accepted and change nothing).")
    void option(String[] nameValues) {
        // picocli passes the values of every --option so far; the last two are this occurrence's.
        int n = nameValues.length;
        assignments.add(new Assignment(nameValues[n - 2], nameValues[n - 1], true));
    }

    @Option(names = "--max-call-depth", paramLabel = "N", description = "Fail with 'stack overflow' beyond N nested calls (default: 10000).")
    void maxCallDepth(String n) {
        assignments.add(new Assignment("max-call-depth", n, false));
    }

    @Option(names = "--abort-on-warn", negatable = true, description = "Make builtins.warn fail after printing its warning.")
    void abortOnWarn(boolean on) {
        assignments.add(new Assignment("abort-on-warn", String.valueOf(on), false));
    }

    @Option(names = "--pure-eval", negatable = true, description = "Evaluate purely (or, negated, impurely).")
    void pureEval(boolean on) {
        assignments.add(new Assignment("pure-eval", String.valueOf(on), false));
    }

    @Option(names = "--restrict-eval", negatable = true,
            description = "Read files only under the search path's entries, and fetch only the URLs of allowed-uris.")
    void restrictEval(boolean on) {
        assignments.add(new Assignment("restrict-eval", String.valueOf(on), false));
    }

    @Option(names = "--allowed-uris", paramLabel = "PREFIXES", description = "The URL prefixes restricted evaluation may fetch.")
    void allowedUris(String prefixes) {
        assignments.add(new Assignment("allowed-uris", prefixes, false));
    }

    @Option(names = "--extra-allowed-uris", paramLabel = "PREFIXES", description = "Add URL prefixes to allowed-uris.")
    void extraAllowedUris(String prefixes) {
        assignments.add(new Assignment("extra-allowed-uris", prefixes, false));
    }

    @Option(names = "--experimental-features", paramLabel = "FEATURES",
            description = "The experimental features to enable (of nixj's, pipe-operators changes the language).")
    void experimentalFeatures(String features) {
        assignments.add(new Assignment("experimental-features", features, false));
    }

    @Option(names = "--extra-experimental-features", paramLabel = "FEATURES", description = "Enable more experimental features.")
    void extraExperimentalFeatures(String features) {
        assignments.add(new Assignment("extra-experimental-features", features, false));
    }

    @Option(names = "--lint-url-literals", paramLabel = "LEVEL", description = "Unquoted URLs: ignore (default), warn or fatal.")
    void lintUrlLiterals(String level) {
        assignments.add(new Assignment("lint-url-literals", level, false));
    }

    @Option(names = "--lint-short-path-literals", paramLabel = "LEVEL",
            description = "Relative path literals not starting with '.': ignore (default), warn or fatal.")
    void lintShortPathLiterals(String level) {
        assignments.add(new Assignment("lint-short-path-literals", level, false));
    }

    @Option(names = "--lint-absolute-path-literals", paramLabel = "LEVEL",
            description = "Absolute and ~/ path literals: ignore (default), warn or fatal.")
    void lintAbsolutePathLiterals(String level) {
        assignments.add(new Assignment("lint-absolute-path-literals", level, false));
    }

    @Option(names = "--sandbox", negatable = true, description = "Accepted for compatibility: nixj's builders run in-process.")
    void sandbox(boolean on) {
        assignments.add(new Assignment("sandbox", String.valueOf(on), false));
    }

    @Option(names = "--store", paramLabel = "DIR",
            description = "Keep the store's objects (logically under /nix/store) in DIR instead of $XDG_DATA_HOME/nixj/store.")
    java.nio.file.Path store;

    /** Whether unknown settings are reported: by the nix commands, not by nix-instantiate (which never checks). */
    boolean warnUnknownSettings = true;
    private NixSettings nixSettings;
    private List<String> pendingWarnings = List.of();

    /** Options as the command line gives them (picocli fills in the fields). */
    public EvalOptions() {}

    /** Whether errors show their trace: {@code --show-trace}, or the setting {@code show-trace}. */
    public boolean showTrace() {
        return Boolean.TRUE.equals(nixSettings(null).showTrace);
    }

    /**
     * The settings this command line gives, after those of the configuration files and {@code NIX_CONFIG};
     * made once, its warnings (unknown settings) then printed on {@code console}.
     */
    NixSettings nixSettings(Console console) {
        if (nixSettings == null) {
            List<String> warnings = new ArrayList<>();
            NixSettings settings = new NixSettings(warnings::add, warnUnknownSettings);
            settings.readConfiguration(System.getenv(), SourceParser.defaultHomeDirectory());
            for (Assignment assignment : assignments) {
                try {
                    settings.set(assignment.name(), assignment.value());
                } catch (UsageException e) {
                    if (!assignment.option()) {
                        throw e;
                    }
                    // As Nix's --option: a value the setting does not take is only a warning.
                    warnings.add("warning: error: " + e.getMessage());
                }
            }
            nixSettings = settings;
            pendingWarnings = warnings;
        }
        if (console != null) {
            pendingWarnings.forEach(w -> ByteStrings.writeLine(console.err(), ByteStrings.fromText(w)));
            pendingWarnings = List.of();
        }
        return nixSettings;
    }

    /** An evaluator for this command line, on this machine, with its notices on {@code console}. */
    public Evaluator evaluator(boolean pure, Console console) {
        return evaluator(pure, false, console);
    }

    /**
     * As {@link #evaluator(boolean, Console)}, with the call frames of error traces collected when
     * {@code traces} or {@code --show-trace} (the REPL collects them always, since its {@code :te} shows them
     * on demand). The settings ({@code --option}, {@code pure-eval} among them) have the last word on purity.
     */
    public Evaluator evaluator(boolean pure, boolean traces, Console console) {
        return Evaluator.builder()
                .settings(settings(pure, traces, console))
                .io(EvalIO.system(store, line -> console.message(line + "\n")))
                .builtins(new FlakeRefBuiltins(), new GetFlakeBuiltin(EvalOptions::bundledNixpkgs))
                .build();
    }

    /** Settings for this command line; {@code -I} entries come before those of {@code NIX_PATH}. */
    private EvalSettings settings(boolean commandPure, boolean traces, Console console) {
        NixSettings nix = nixSettings(console);
        boolean pure = nix.pureEval != null ? nix.pureEval : commandPure;
        List<EvalSettings.SearchPathEntry> searchPath = new ArrayList<>();
        // Pure evaluation has no search path at all, as in Nix: -I is ignored and <x> lookups fail.
        if (!pure) {
            // Entries are byte strings: the bytes the user gave, not the chars Java decoded them to.
            includes.forEach(i -> searchPath.add(absolute(EvalSettings.SearchPathEntry.parse(ByteStrings.fromText(i)))));
        }
        String nixPath = ProcessText.environment().get("NIX_PATH");
        List<String> nixPathEntries = nix.nixPath != null ? nix.nixPath
                : nixPath != null ? List.of(nixPath.split(":")) : List.of();
        if (!pure) {
            for (String entry : nixPathEntries) {
                if (!entry.isEmpty()) {
                    searchPath.add(absolute(EvalSettings.SearchPathEntry.parse(ByteStrings.fromText(entry))));
                }
            }
        }
        EvalSettings.Builder builder = EvalSettings.builder();
        if (nix.maxCallDepth != null) {
            builder.maxCallDepth(nix.maxCallDepth);
        }
        if (nix.system != null) {
            builder.currentSystem(nix.system);
        }
        return builder
                .pure(pure)
                .showTrace(traces || Boolean.TRUE.equals(nix.showTrace))
                .abortOnWarn(nix.abortOnWarn)
                .restrictEval(nix.restrictEval)
                .allowedUris(nix.allowedUris)
                .parseOptions(nix.parseOptions())
                .searchPath(searchPath)
                .storeDir(storeDir())
                .bundledNixpkgs(pure ? null : () -> bundledNixpkgs(console))
                .experimentalFeatures(nix.experimentalFeatures)
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
                ProcessText.workingDirectory().resolve(FileNames.of(ByteStrings.bytes(path))).normalize())));
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
