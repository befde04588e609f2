package org.nixj.corpus;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.nixj.testsupport.Goldens;

/**
 * What one run of a flake case gave, normalised as the goldens are written ({@link FlakeCase}): the exit
 * code, standard output, standard error (warnings as printed, then the error report in current Nix's layout
 * without trace frames) and the lock file.
 *
 * @param lockFile {@code root/flake.lock} after the run, or null
 * @param lockProblem how the run changed a lock file the case brought, or wrote one it did not bring; null if
 *     it did neither
 */
record FlakeOutcome(int exitCode, String out, String err, String lockFile, String lockProblem) {
    /**
     * The differences between this outcome and the case's goldens, one a line; empty when the case passes.
     */
    List<String> mismatches(FlakeCase c) {
        return mismatches(c, UnaryOperator.identity());
    }

    /**
     * The differences between this outcome and the case's goldens, with the golden standard error first put
     * through {@code expectedErr} (an older Nix's layout of the same messages); empty when the case passes.
     */
    List<String> mismatches(FlakeCase c, UnaryOperator<String> expectedErr) {
        List<String> problems = new ArrayList<>();
        if (exitCode != c.expectedExitCode()) {
            problems.add("exit code " + exitCode + ", expected " + c.expectedExitCode());
        }
        if (!Files.exists(c.outFile())) {
            problems.add("missing golden " + c.outFile());
        } else if (!EvalCase.read(c.outFile()).equals(out)) {
            problems.add("standard output differs from out.exp:\n--- expected\n" + EvalCase.read(c.outFile()) + "--- actual\n" + out);
        }
        String expectedErrText = expectedErr.apply(Files.exists(c.errFile()) ? EvalCase.read(c.errFile()) : "");
        if (!expectedErrText.equals(err)) {
            problems.add("standard error differs from " + (Files.exists(c.errFile()) ? "err.exp" : "nothing (no err.exp)")
                    + ":\n--- expected\n" + expectedErrText + "--- actual\n" + err);
        }
        if (Files.exists(c.lockFile())) {
            String expected = EvalCase.read(c.lockFile());
            if (!expected.equals(lockFile)) {
                problems.add("flake.lock differs from flake.lock.exp:\n--- expected\n" + expected + "--- actual\n"
                        + (lockFile == null ? "(no lock file)\n" : lockFile));
            }
        } else if (lockProblem != null) {
            problems.add(lockProblem);
        }
        return problems;
    }

    /**
     * With {@code -Dnixj.accept}, for a new case (one without {@code out.exp}): writes its goldens from this
     * outcome ({@code out.exp}; {@code err.exp} when standard error is not empty; {@code exit} when the exit
     * code is not 0; {@code flake.lock.exp} when a lock file was written or changed) and fails, so that they
     * are reviewed. Otherwise does nothing.
     */
    void acceptIfNew(FlakeCase c, String source) {
        if (!Goldens.accepting() || Files.exists(c.outFile())) {
            return;
        }
        List<String> written = new ArrayList<>();
        write(c.outFile(), out, written);
        if (!err.isEmpty() && !Files.exists(c.errFile())) {
            write(c.errFile(), err, written);
        }
        if (exitCode != 0 && !Files.exists(c.exitFile())) {
            write(c.exitFile(), exitCode + "\n", written);
        }
        if (lockProblem != null && lockFile != null && !Files.exists(c.lockFile())) {
            write(c.lockFile(), lockFile, written);
        }
        fail("-D" + Goldens.ACCEPT_PROPERTY + ": wrote the goldens " + written + " of " + c.name() + " from " + source
                + "'s output; review them, then run again");
    }

    private static void write(Path file, String byteString, List<String> written) {
        try {
            Files.write(file, byteString.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.add(file.getFileName().toString());
    }

    /** The outcome of a run in {@code copy}, normalised. */
    static FlakeOutcome of(FlakeCase.Copy copy, int exitCode, String out, String err) {
        try {
            return new FlakeOutcome(exitCode, copy.normalise(out), copy.normalise(err), copy.lockFileAfter(),
                    copy.lockFileProblem());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a report before its error, and the error (from the first line starting with "error:"). */
    static String[] splitAtError(String stderr) {
        int at = stderr.startsWith("error:") ? 0 : stderr.indexOf("\nerror:");
        if (at < 0) {
            return new String[] {stderr, ""};
        }
        int start = at == 0 ? 0 : at + 1;
        return new String[] {stderr.substring(0, start), stderr.substring(start)};
    }
}
