package org.nixj.cli.repl;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How {@code :e} opens an editor: {@code $EDITOR} (else {@code nano}, as Nix does), given {@code +LINE}
 * when it is one of the editors known to take it, then the file.
 */
final class Editor {
    /** Runs a program on the user's terminal and waits for it; returns its exit status. */
    @FunctionalInterface
    interface Launcher {
        int run(List<String> command) throws IOException, InterruptedException;
    }

    /** Editors that understand {@code +LINE} before the file, by a part of their name. */
    private static final List<String> TAKE_LINE = List.of("emacs", "nano", "vim", "vi", "kak", "micro");

    private final String editor;
    private final Launcher launcher;

    Editor(String editor, Launcher launcher) {
        this.editor = editor == null || editor.isBlank() ? "nano" : editor;
        this.launcher = launcher;
    }

    /** {@code $EDITOR} from {@code environment}, run as a child process sharing this process's terminal. */
    static Editor system(Map<String, String> environment) {
        return new Editor(environment.get("EDITOR"), command -> new ProcessBuilder(command).inheritIO().start().waitFor());
    }

    /** The command line that opens {@code file} at {@code line} (0: no line). */
    List<String> command(String file, int line) {
        List<String> command = new ArrayList<>(Arrays.asList(editor.trim().split("\\s+")));
        String program = command.getFirst().substring(command.getFirst().lastIndexOf('/') + 1);
        if (line > 0 && TAKE_LINE.stream().anyMatch(program::contains)) {
            command.add("+" + line);
        }
        command.add(file);
        return command;
    }

    /** Opens {@code file} at {@code line} and waits for the editor to exit. */
    void open(String file, int line) {
        List<String> command = command(file, line);
        try {
            int status = launcher.run(command);
            if (status != 0) {
                throw new ReplError("editor '" + command.getFirst() + "' failed with exit code " + status);
            }
        } catch (IOException e) {
            throw new ReplError("cannot run editor '" + command.getFirst() + "': " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplError("interrupted while waiting for the editor");
        }
    }
}
