package org.nixj.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;

/** {@code nixj completion}: prints a bash (and zsh) completion script for {@code nixj}. */
@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Print a bash/zsh completion script for nixj.",
            "Use it with: source <(nixj completion)"
        })
final class CompletionCommand implements Runnable {
    @Override
    public void run() {
        Output.print(System.out, AutoComplete.bash("nixj", Main.commandLine()));
    }
}
