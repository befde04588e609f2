package org.nixj.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.nixj.build.BuildEvent;
import org.nixj.build.PlanSummary;
import org.nixj.eval.ByteStrings;
import org.nixj.store.StoreDirectory;
import org.nixj.store.StorePath;

/**
 * What {@code nixj build} tells the user while it builds. Without a terminal, as {@code nix build} prints its
 * log: a line per build started and, with {@code -L}, every log line of a builder prefixed by the derivation's
 * name. On a terminal, the same lines scroll above a status line that is rewritten in place: builds done of
 * those planned, downloads done with their bytes (of the total when the plan knows it), and the builds running.
 */
final class BuildProgress implements Consumer<BuildEvent> {
    private final Console console;
    private final StoreDirectory store;
    private final boolean printLogs;
    private final boolean terminal;
    private final Set<StorePath> running = new LinkedHashSet<>();
    private PlanSummary plan = new PlanSummary(List.of(), new TreeMap<>(), OptionalLong.empty());
    private ToLongFunction<StorePath> sizeOf = path -> 0;
    private int built;
    private int downloaded;
    private long downloadedBytes;

    /** @param terminal whether standard error is a terminal the status line may be rewritten on */
    BuildProgress(Console console, StoreDirectory store, boolean printLogs, boolean terminal) {
        this.console = console;
        this.store = store;
        this.printLogs = printLogs;
        this.terminal = terminal;
    }

    /**
     * What the plan will build and download, for the status line; {@code sizeOf} tells the size of a finished
     * download's output.
     */
    synchronized void expect(PlanSummary plan, ToLongFunction<StorePath> sizeOf) {
        this.plan = plan;
        this.sizeOf = sizeOf;
    }

    /** {@code bytes} in MiB with two decimals, as Nix shows sizes. */
    static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%.2f", bytes / (1024.0 * 1024.0));
    }

    @Override
    public synchronized void accept(BuildEvent event) {
        String line = switch (event) {
            case BuildEvent.Started started -> {
                running.add(started.drvPath());
                yield "building '" + store.print(started.drvPath()) + "'...";
            }
            case BuildEvent.Log log when printLogs -> name(log.drvPath()) + "> " + log.line();
            case BuildEvent.Log log -> null;
            case BuildEvent.Prepared prepared when printLogs -> prepared.builder() + "> " + prepared.line();
            case BuildEvent.Prepared prepared -> null;
            case BuildEvent.Finished finished -> {
                running.remove(finished.drvPath());
                StorePath download = plan.downloads().get(finished.drvPath());
                if (download != null) {
                    downloaded++;
                    downloadedBytes += sizeOf.applyAsLong(download);
                } else {
                    built++;
                }
                yield null;
            }
            case BuildEvent.Failed failed -> {
                running.remove(failed.drvPath());
                yield null; // reported once, at the end, with the others
            }
        };
        if (terminal) {
            clearStatus();
        }
        if (line != null) {
            ByteStrings.writeLine(console.err(), ByteStrings.fromText(line));
        }
        if (terminal) {
            ByteStrings.write(console.err(), ByteStrings.fromText(status()));
            console.err().flush();
        }
    }

    /** Erases the status line, so that what follows does not end up after it. */
    synchronized void finish() {
        if (terminal) {
            clearStatus();
            console.err().flush();
        }
    }

    private void clearStatus() {
        ByteStrings.write(console.err(), "\r\u001b[K");
    }

    private String status() {
        StringBuilder text = new StringBuilder("[").append(built).append('/').append(plan.builds().size()).append(" built");
        if (!plan.downloads().isEmpty()) {
            text.append(", ").append(downloaded).append('/').append(plan.downloads().size()).append(" downloaded (")
                    .append(mebibytes(downloadedBytes));
            plan.downloadBytes().ifPresent(total -> text.append('/').append(mebibytes(total)));
            text.append(" MiB)");
        }
        if (!running.isEmpty()) {
            text.append(", ").append(running.size()).append(" running: ");
            running.stream().limit(3).forEach(drv -> text.append(name(drv)).append(' '));
            if (running.size() > 3) {
                text.append("...");
            }
        }
        return text.toString().strip() + "]";
    }

    private static String name(StorePath drvPath) {
        String name = drvPath.name();
        return name.substring(0, name.length() - ".drv".length());
    }
}
