package org.nixj.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.nixj.eval.ByteStrings;
import org.nixj.eval.Evaluator;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.Value;
import org.nixj.parser.SourceParser;
import org.nixj.source.ErrorRenderer;
import org.nixj.source.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nixj instantiate}: the {@code nix-instantiate} command line, printing what it prints.
 * {@code --parse} prints the canonical form; {@code --eval} evaluates; without either it instantiates: writes
 * the {@code .drv} file of every derivation the result holds (to nixj's store) and prints its path, with
 * {@code !output} when the derivation names an output other than {@code out}.
 */
@Command(
        name = "instantiate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Compatible with nix-instantiate: write .drv files (to nixj's store), or --eval, or --parse.")
final class InstantiateCommand implements Callable<Integer> {
    private final Console console;

    InstantiateCommand(Console console) {
        this.console = console;
    }

    @Option(names = "--parse", description = "Parse the input and print its canonical form.")
    boolean parse;

    @Option(names = {"--eval", "--eval-only"}, description = "Evaluate and print the result instead of instantiating derivations.")
    boolean eval;

    @Option(names = "--strict", description = "Evaluate the result completely, not just to its outermost constructor.")
    boolean strict;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(names = "--xml", description = "Print the result as XML.")
    boolean xml;

    @Option(names = "--no-location", description = "Leave source positions out of the XML output.")
    boolean noLocation;

    @Option(names = {"-E", "--expr"}, description = "Treat the arguments as Nix expressions, not file names.")
    boolean expressions;

    @Option(names = {"-A", "--attr"}, paramLabel = "ATTRPATH", description = "Select an attribute of the result (a.b.0).")
    List<String> attrPaths = new ArrayList<>();

    @Option(names = "--read-write-mode", description = "Accepted for compatibility; changes nothing: nixj writes .drv files and toFile texts to its store when something reads them, and copies sources at once.")
    boolean readWriteMode;

    @Option(names = "--readonly-mode", description = "Accepted for compatibility; changes nothing: nixj computes store paths"
            + " without writing them until something reads them (the .drv files printed without --eval are written).")
    boolean readonlyMode;

    @Option(names = "--impure", description = "Accepted for compatibility: nix-instantiate evaluates impurely unless"
            + " the setting pure-eval says otherwise.")
    boolean impure;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Accepted for compatibility.")
    Integer timeout;

    @Mixin
    EvalOptions evalOptions = new EvalOptions();

    @Parameters(paramLabel = "FILE|EXPR", description = "Files to read ('-' for standard input; default: ./default.nix), or expressions with -E.")
    List<String> arguments = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        // nix-instantiate never reports settings it does not know (Nix 2.8 and current alike).
        evalOptions.warnUnknownSettings = false;
        if (parse) {
            return parseOnly();
        }
        if (json && xml) {
            throw new UsageException("--json and --xml cannot be used together");
        }
        Evaluator evaluator = evalOptions.evaluator(false, console);
        NixAttrs autoArgs = evalOptions.autoArgs(evaluator);
        if (!eval) {
            return instantiate(evaluator, autoArgs);
        }
        List<String> inputs = arguments.isEmpty() && !expressions ? List.of(".") : arguments;
        for (String input : inputs) {
            Source source = expressions ? Inputs.expression(input) : Inputs.file(input, console.in());
            Value root = evaluator.evaluate(source);
            for (String attrPath : attrPaths.isEmpty() ? List.of("") : attrPaths) {
                Value v = evaluator.select(root, attrPath, autoArgs);
                // Like nix-instantiate, a top-level function is called only when arguments are given.
                v = evaluator.force(autoArgs.isEmpty() ? v : evaluator.autoCall(v, autoArgs));
                ByteStrings.writeLine(console.out(), render(evaluator, v));
            }
        }
        return 0;
    }

    /** Writes the {@code .drv} files of the derivations in each result and prints their paths, as nix-instantiate. */
    private int instantiate(Evaluator evaluator, NixAttrs autoArgs) throws IOException {
        List<NixAttrs> derivations = new ArrayList<>();
        for (String input : arguments.isEmpty() && !expressions ? List.of(".") : arguments) {
            Source source = expressions ? Inputs.expression(input) : Inputs.file(input, console.in());
            Value root = evaluator.autoCall(evaluator.evaluate(source), autoArgs);
            for (String attrPath : attrPaths.isEmpty() ? List.of("") : attrPaths) {
                DerivationValues.collect(evaluator, evaluator.select(root, attrPath, autoArgs), derivations);
            }
        }
        for (NixAttrs drv : derivations) {
            String drvPath = evaluator.coerceToString(drv.get("drvPath"), "while evaluating the 'drvPath' attribute of a derivation");
            evaluator.writeStoreObject(drvPath);
            var outputName = drv.get("outputName");
            String output = outputName == null ? "out" : evaluator.coerceToString(outputName, "while evaluating 'outputName'");
            ByteStrings.writeLine(console.out(), output.equals("out") ? drvPath : drvPath + "!" + output);
        }
        console.err().println("warning: you did not specify '--add-root'; the result might be removed by the garbage collector");
        return 0;
    }

    private String render(Evaluator evaluator, Value v) {
        if (json) {
            // As nix-instantiate: without --strict, a part not evaluated yet is an error, not forced.
            return evaluator.toJson(v, strict, true);
        }
        if (xml) {
            String doc = evaluator.toXml(v, strict, !noLocation);
            return doc.substring(0, doc.length() - 1);
        }
        if (strict) {
            evaluator.forceDeep(v);
        }
        return evaluator.printAmbiguous(v);
    }

    private int parseOnly() throws IOException {
        if (arguments.isEmpty()) {
            throw new UsageException("nothing to parse: give a file, '-', or -E with an expression");
        }
        for (String argument : arguments) {
            Source source = expressions ? Inputs.expression(argument) : Inputs.file(argument, console.in());
            ByteStrings.writeLine(console.out(), ParsePrinting.instantiateParse(source, SourceParser.defaultHomeDirectory(),
                    evalOptions.nixSettings(console).parseOptions(),
                    warning -> ByteStrings.write(console.err(), ErrorRenderer.renderWarning(warning))));
        }
        return 0;
    }
}
