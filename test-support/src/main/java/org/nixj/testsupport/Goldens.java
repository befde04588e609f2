package org.nixj.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files and {@code -Dnixj.accept}, which means the same in every test that compares with goldens:
 *
 * <ul>
 * <li>Without it, a missing golden is a failure like any other mismatch.
 * <li>With {@code -Dnixj.accept} (or {@code -Dnixj.accept=true}), a test that finds its golden <em>missing</em>
 *     writes it from the output it just got, and then <em>fails</em>, naming the file and where its content came
 *     from, so that a run that wrote goldens is never green. Review the new file (goldens follow current Nix,
 *     whoever wrote them) and run again.
 * <li>An existing golden is never written, with or without the property: to change one, edit it, or delete it
 *     and accept again.
 * </ul>
 *
 * Where a golden could come from nixj or from Nix 2.8, each test says which of the two writes it (see
 * {@code test-corpus/README.md}); the other only compares.
 */
public final class Goldens {
    /** The system property: {@code mvn verify -Dnixj.accept}. */
    public static final String ACCEPT_PROPERTY = "nixj.accept";

    private Goldens() {}

    /** Whether this run writes missing goldens: {@code -Dnixj.accept} given, empty or {@code true}. */
    public static boolean accepting() {
        String value = System.getProperty(ACCEPT_PROPERTY);
        return value != null && (value.isEmpty() || value.equalsIgnoreCase("true"));
    }

    /**
     * When accepting and {@code golden} does not exist: writes {@code byteString} to it (each char one byte,
     * ISO-8859-1, as the corpora read goldens) and fails the calling test. Otherwise does nothing; the caller
     * then compares as usual.
     *
     * @param source what produced the content, for the failure message (for example {@code "nixj"} or
     *     {@code "nix-instantiate (Nix 2.8)"})
     */
    public static void acceptIfMissing(Path golden, String byteString, String source) {
        if (!accepting() || Files.exists(golden)) {
            return;
        }
        try {
            Files.createDirectories(golden.toAbsolutePath().getParent());
            Files.write(golden, byteString.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fail("-D" + ACCEPT_PROPERTY + ": wrote the missing golden " + golden + " from " + source
                + "'s output; review it, then run again");
    }
}
