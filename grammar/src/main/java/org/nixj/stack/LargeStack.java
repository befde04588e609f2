package org.nixj.stack;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs work on a fresh thread whose stack is large enough for the recursion that deeply nested Nix code
 * causes (a million levels of parentheses), and hands back its result or its exception.
 *
 * <p>The stack is reserved address space, not memory: only the pages actually used are committed.
 */
public final class LargeStack {
    /** 2 GiB of stack. */
    public static final long STACK_BYTES = 2L << 30;

    private LargeStack() {}

    /**
     * Calls {@code work} on a large-stack thread. Its unchecked exceptions and errors are rethrown here; a
     * stack overflow becomes whatever {@code onOverflow} supplies.
     */
    public static <T> T call(String threadName, Supplier<T> work, Supplier<? extends RuntimeException> onOverflow) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (StackOverflowError e) {
                failure.set(onOverflow.get());
            } catch (RuntimeException | Error e) {
                failure.set(e);
            }
        }, threadName, STACK_BYTES);
        worker.start();
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                worker.interrupt();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error err) {
            throw err;
        }
        return result.get();
    }
}
