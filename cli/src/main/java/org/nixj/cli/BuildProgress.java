package org.nixj.cli;

import java.util.function.Consumer;
import org.nixj.build.BuildEvent;
import org.nixj.eval.ByteStrings;
import org.nixj.store.StoreDirectory;

/**
 * What {@code nixj build} tells the user while it builds, as {@code nix build} prints it without a progress bar:
 * a line per build started, and with {@code -L} every log line of a builder, prefixed by the derivation's name.
 */
final class BuildProgress implements Consumer<BuildEvent> {
    private final Console console;
    private final StoreDirectory store;
    private final boolean printLogs;

    BuildProgress(Console console, StoreDirectory store, boolean printLogs) {
        this.console = console;
        this.store = store;
        this.printLogs = printLogs;
    }

    @Override
    public void accept(BuildEvent event) {
        String line = switch (event) {
            case BuildEvent.Started started -> "building '" + store.print(started.drvPath()) + "'...";
            case BuildEvent.Log log when printLogs -> name(log) + "> " + log.line();
            case BuildEvent.Log log -> null;
            case BuildEvent.Finished finished -> null;
            case BuildEvent.Failed failed -> null; // reported once, at the end, with the others
        };
        if (line != null) {
            synchronized (console) {
                ByteStrings.writeLine(console.err(), ByteStrings.fromText(line));
            }
        }
    }

    private static String name(BuildEvent event) {
        String name = event.drvPath().name();
        return name.substring(0, name.length() - ".drv".length());
    }
}
