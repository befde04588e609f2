/**
 * {@code nixj repl}: Nix's read-eval-print loop. {@link org.nixj.cli.repl.ReplSession} is the loop's state
 * and its commands, independent of any terminal (tests feed it lines); {@link org.nixj.cli.repl.TerminalRepl}
 * is the JLine front end (line editing, history, Ctrl-C, completion through
 * {@link org.nixj.cli.repl.Completion}); {@link org.nixj.cli.repl.ReplCommand} is the picocli command.
 */
package org.nixj.cli.repl;
