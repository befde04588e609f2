package org.nixj.cli;

import org.nixj.eval.ByteStrings;
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
    private final Console console;

    CompletionCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        ByteStrings.write(console.out(), ByteStrings.fromText(AutoComplete.bash("nixj", Main.commandLine(console))));
    }
}
