package org.nixj.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Whether the process's standard streams are terminals, and so whether messages keep their colours. Nix
 * keeps them when standard error and standard output are both terminals, {@code TERM} is set and not
 * {@code dumb}, and neither {@code NO_COLOR} nor {@code NOCOLOR} is set (whatever their values).
 */
final class Terminals {
    private Terminals() {}

    /** Whether messages on standard error keep their colours, under {@code environment}. */
    static boolean colours(Map<String, String> environment) {
        return colours(environment, isTerminal(1), isTerminal(2));
    }

    /** {@link #colours(Map)} with the streams' nature given: the rule itself. */
    static boolean colours(Map<String, String> environment, boolean stdoutTerminal, boolean stderrTerminal) {
        String term = environment.get("TERM");
        return stdoutTerminal && stderrTerminal && term != null && !term.equals("dumb")
                && !environment.containsKey("NO_COLOR") && !environment.containsKey("NOCOLOR");
    }

    /**
     * Whether file descriptor {@code fd} of this process is a terminal. Java has no {@code isatty}: on Linux
     * the descriptor's link in {@code /proc/self/fd} names the device (a pseudo-terminal, a virtual console or
     * a serial line); elsewhere only {@link System#console()} tells, for standard input and output together.
     */
    static boolean isTerminal(int fd) {
        try {
            String device = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
