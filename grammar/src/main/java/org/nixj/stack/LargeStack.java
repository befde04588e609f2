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

    /** The threads this class starts, so that work already on one runs in place. */
    private static final class Worker extends Thread {
        Worker(Runnable work, String name) {
            super(null, work, name, STACK_BYTES);
        }
    }

    /**
     * Calls {@code work} on a large-stack thread: the current one if it is such a thread already (an
     * evaluation importing a file parses it in place), else a new one. Its unchecked exceptions and errors
     * are rethrown here; a stack overflow becomes whatever {@code onOverflow} supplies.
     */
    public static <T> T call(String threadName, Supplier<T> work, Supplier<? extends RuntimeException> onOverflow) {
        if (Thread.currentThread() instanceof Worker) {
            try {
                return work.get();
            } catch (StackOverflowError e) {
                throw onOverflow.get();
            }
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Worker(() -> {
            try {
                result.set(work.get());
            } catch (StackOverflowError e) {
                failure.set(onOverflow.get());
            } catch (RuntimeException | Error e) {
                failure.set(e);
            }
        }, threadName);
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
