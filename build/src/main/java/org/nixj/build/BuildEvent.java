package org.nixj.build;

import org.nixj.store.StorePath;

/** What a realisation reports while it runs, for progress displays and logs. */
public sealed interface BuildEvent {
    /** A build started. */
    record Started(StorePath drvPath) implements BuildEvent {}

    /** A builder said something. */
    record Log(StorePath drvPath, String line) implements BuildEvent {}

    /** A builder said something while it prepared all its builds at once (see {@code Builder.prepare}). */
    record Prepared(String builder, String line) implements BuildEvent {}

    /** A build finished and its outputs are valid. */
    record Finished(StorePath drvPath) implements BuildEvent {}

    /** A build failed (or did not start because a dependency failed); {@code error} is Nix's text. */
    record Failed(StorePath drvPath, String error) implements BuildEvent {}
}
