package org.nixj.stack;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
    /** How long an idle thread waits for more work before it ends. */
    private static final long IDLE_SECONDS = 30;

    private LargeStack() {}

    /** The threads this class starts, so that work already on one runs in place. */
    private static final class Worker extends Thread {
        Worker(Runnable work, String name) {
            super(null, work, name, STACK_BYTES);
        }
    }

    /**
     * The large-stack threads: started when a call finds none idle, kept a while for the next calls, so that
     * callers making many calls (an evaluator used through its API, the parser) do not start a thread each.
     */
    private static final ThreadPoolExecutor WORKERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_SECONDS,
            TimeUnit.SECONDS, new SynchronousQueue<>(), work -> {
                Worker worker = new Worker(work, "nixj-large-stack");
                worker.setDaemon(true);
                return worker;
            });

    /**
     * Calls {@code work} on a large-stack thread: the current one if it is such a thread already (an
     * evaluation importing a file parses it in place), else an idle one or a new one. Its unchecked exceptions
     * and errors are rethrown here; a stack overflow becomes whatever {@code onOverflow} supplies.
     */
    public static <T> T call(Supplier<T> work, Supplier<? extends RuntimeException> onOverflow) {
        if (Thread.currentThread() instanceof Worker) {
            return callHere(work, onOverflow);
        }
        FutureTask<T> task = new FutureTask<>(() -> callHere(work, onOverflow));
        WORKERS.execute(task);
        return await(task);
    }

    private static <T> T callHere(Supplier<T> work, Supplier<? extends RuntimeException> onOverflow) {
        try {
            return work.get();
        } catch (StackOverflowError e) {
            throw onOverflow.get();
        }
    }

    /** The task's result, or its exception rethrown; an interrupt of the caller interrupts the task. */
    private static <T> T await(FutureTask<T> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                    task.cancel(true);
                    if (task.isCancelled()) {
                        throw new CancellationException("interrupted");
                    }
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
