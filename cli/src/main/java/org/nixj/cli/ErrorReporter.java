package org.nixj.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.nixj.eval.ByteStrings;
import org.nixj.flake.FlakeException;
import org.nixj.source.ErrorRenderer;
import org.nixj.source.NixError;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become messages and exit codes. Errors in Nix code print as Nix prints
 * them and exit with 1 (or the special status Nix gives the error, such as 102 for a hash mismatch); a mistyped
 * command line prints the problem and where to find the usage, and exits with 1 too, as Nix's usage errors do. No Java
 * stack trace ever reaches the user.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
    static final int NIX_ERROR = 1;

    private final Console console;

    ErrorReporter(Console console) {
        this.console = console;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        String report = switch (e) {
            case NixError nix -> ErrorRenderer.render(nix, showTrace(parsed));
            case UncheckedIOException io -> "error: " + io.getCause().getMessage() + "\n";
            case IOException io -> "error: " + io.getMessage() + "\n";
            case UsageException usage -> "error: " + usage.getMessage() + "\n";
            case FlakeException flake -> "error: " + flake.getMessage() + "\n";
            default -> internalError(e);
        };
        if (System.getenv("NIXJ_DEBUG") != null) {
            e.printStackTrace(cli.getErr());
        }
        console.message(report);
        return e instanceof org.nixj.eval.error.EvalError eval ? eval.exitStatus() : NIX_ERROR;
    }

    /** The message of a command-line error, in Nix's words where Nix has them ({@code unrecognised flag}). */
    private static String nixMessage(ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()
                && unmatched.getUnmatched().getFirst().startsWith("-")) {
            return "unrecognised flag '" + unmatched.getUnmatched().getFirst() + "'";
        }
        return e.getMessage();
    }

    /**
     * Reports what ended a run outside any command's handling: running out of memory (as Nix reports it), a
     * failed write to standard output, or a fault in nixj; returns the exit code, 1.
     */
    static int fatal(Console console, Throwable e) {
        String report = switch (e) {
            case OutOfMemoryError oom -> "error: out of memory\n";
            case UncheckedIOException io -> "error: " + io.getCause().getMessage() + "\n";
            default -> internalError(e);
        };
        if (System.getenv("NIXJ_DEBUG") != null) {
            e.printStackTrace(console.err());
        }
        console.message(ByteStrings.fromText(report));
        return NIX_ERROR;
    }

    /** The report of a fault in nixj itself: what it was, and how to get the details. */
    private static String internalError(Throwable e) {
        return "error: internal error in nixj (" + e.getClass().getSimpleName() + "): " + e.getMessage()
                + "\n       please report this; run with NIXJ_DEBUG=1 for details\n";
    }

    /**
     * Whether the command that failed shows traces: its evaluation options say so ({@code --show-trace},
     * {@code --no-show-trace}, the setting {@code show-trace}).
     */
    private static boolean showTrace(ParseResult parsed) {
        for (ParseResult r = parsed; r != null; r = r.subcommand()) {
            EvalOptions options = evalOptions(r.commandSpec());
            if (options != null && r.subcommand() == null) {
                return options.showTrace();
            }
        }
        return false;
    }

    /** The {@link EvalOptions} mixed into {@code spec}, at any depth, or null. */
    private static EvalOptions evalOptions(CommandLine.Model.CommandSpec spec) {
        for (CommandLine.Model.CommandSpec mixin : spec.mixins().values()) {
            if (mixin.userObject() instanceof EvalOptions options) {
                return options;
            }
            EvalOptions nested = evalOptions(mixin);
            if (nested != null) {
                return nested;
            }
        }
        return null;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        cli.getErr().println("error: " + nixMessage(e));
        cli.getErr().println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
        return NIX_ERROR;
    }
}
