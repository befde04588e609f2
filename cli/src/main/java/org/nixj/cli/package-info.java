/**
 * The {@code nixj} command: {@link org.nixj.cli.Main} wires picocli, {@link org.nixj.cli.NixjCommand} is
 * the root, each subcommand has its own class, and {@link org.nixj.cli.ErrorReporter} is the one place that
 * turns failures into Nix-style messages and exit codes. The command is thin glue over the library modules.
 */
package org.nixj.cli;
