package org.nixj.eval.builtins;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.nixj.eval.EvalIO;
import org.nixj.eval.EvalSettings;
import org.nixj.eval.TestIO;
import org.nixj.eval.Evaluator;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.print.AmbiguousPrinter;
import org.nixj.eval.value.Value;
import org.nixj.source.Source;
import org.nixj.stack.LargeStack;

/**
 * Evaluates an expression both with the real {@code nix-instantiate --eval --strict} (Nix 2.8 where
 * installed, in a private state directory) and with nixj in-process, each reduced to one comparable line:
 * the printed value, or {@code error: <message>}.
 */
final class NixInstantiate {
    private static final Path STATE;

    static {
        try {
            STATE = Files.createTempDirectory("nixj-oracle-state");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private NixInstantiate() {}

    static boolean installed() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "nix-instantiate"))) {
                return true;
            }
        }
        return false;
    }

    /** Nix's answer: the first line of its output, or of its error. Bytes as one char each. */
    static String nix(String expression) {
        String answer = nix(expression, 120);
        if (answer == null) {
            throw new IllegalStateException("nix-instantiate timed out on " + expression);
        }
        return answer;
    }

    /**
     * As {@link #nix(String)}, or null if Nix takes longer than {@code seconds} (libstdc++'s matcher is
     * exponential on some patterns).
     */
    static String nix(String expression, int seconds) {
        try {
            Path out = Files.createTempFile("nixj-oracle", ".out");
            // The expression goes through a file: command-line arguments would be encoded by the locale.
            Path file = Files.createTempFile("nixj-oracle", ".nix");
            try {
                Files.writeString(file, expression, StandardCharsets.UTF_8);
                ProcessBuilder pb = new ProcessBuilder("nix-instantiate", "--eval", "--strict", file.toString());
                pb.environment().put("NIX_STATE_DIR", STATE.toString());
                // A fresh nix-bin install has no nixbld group; Nix would warn about it on every run.
                pb.environment().put("NIX_CONFIG", "build-users-group =");
                pb.environment().put("NIX_PATH", "");
                pb.redirectErrorStream(true);
                pb.redirectOutput(out.toFile());
                Process p = pb.start();
                if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    p.waitFor();
                    return null;
                }
                String text = new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1);
                int newline = text.indexOf('\n');
                return newline < 0 ? text : text.substring(0, newline);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** nixj's answer, in the same form. */
    static String nixj(String expression) {
        return nixj(expression, EvalSettings.builder().build());
    }

    /** nixj's answer under {@code settings} (pure evaluation...), with the tests' own store. */
    static String nixj(String expression, EvalSettings settings) {
        return nixj(expression, settings, TestIO.isolated());
    }

    /** nixj's answer under {@code settings} (pure evaluation...) and {@code io} (a private store...). */
    static String nixj(String expression, EvalSettings settings, EvalIO io) {
        return LargeStack.call(() -> {
            Evaluator evaluator = Evaluator.builder().settings(settings).io(io).build();
            try {
                Value v = evaluator.evaluate(Source.ofExpression(expression, "/tmp"));
                evaluator.forceDeep(v);
                String printed = AmbiguousPrinter.print(v);
                int newline = printed.indexOf('\n');
                return newline < 0 ? printed : printed.substring(0, newline);
            } catch (EvalError e) {
                String message = e.getMessage();
                int newline = message.indexOf('\n');
                return "error: " + (newline < 0 ? message : message.substring(0, newline));
            }
        }, () -> new IllegalStateException("stack overflow"));
    }
}
