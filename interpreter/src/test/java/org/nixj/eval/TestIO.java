package org.nixj.eval;

import java.nio.file.Path;

/** The machine as the interpreter's tests show it to evaluations: a store of their own under {@code target/}. */
public final class TestIO {
    /** Shared by the tests of one run; Maven's {@code clean} removes it. */
    public static final Path STORE = Path.of("target", "test-store").toAbsolutePath();

    private TestIO() {}

    /** Isolated I/O over the tests' store, with the real home directory (for {@code ~/...} paths). */
    public static IsolatedIO isolated() {
        return IsolatedIO.storeIn(STORE).withHomeDirectory(System.getProperty("user.home", "/"));
    }

    /** An evaluator with {@code settings} over {@link #isolated()}. */
    public static Evaluator evaluator(EvalSettings settings) {
        return Evaluator.builder().settings(settings).io(isolated()).build();
    }
}
